// `npm run bench`: figures and ratios against baselines measured in the same run. Not a test.
// `npm run bench -- --durability`: also the kill -9 loop, 1000 times.
// `npm run bench -- --classroom [--classroom-seconds N]`: the room under 300 attendees, alone (bench/classroom.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from '../tests/support/web-host';
import { benchBackup } from './backup-cost';
import { benchFirstScreen } from './first-screen';
import { benchClassroom } from './classroom';
import { benchKeystroke } from './keystroke';
import { benchPdf } from './pdf-export';
import { benchSaves } from './save-latency';
import { benchStartup } from './startup';
import { time } from './stats';

if (process.argv.includes('--classroom')) {
  const at = process.argv.indexOf('--classroom-seconds');
  await benchClassroom(at === -1 ? 60 : Number(process.argv[at + 1]));
  process.exit();
}

const dataDir = mkdtempSync(join(tmpdir(), 'cmday-bench-'));
const host = await startHost(dataDir);
try {
  console.log(`CM Day Workbook bench — Node ${process.version}, web host ${host.url}\n`);
  await benchSaves(host.url, dataDir);
  console.log('');
  // Its own hosts: a fresh one shows the first export as an attendee meets it.
  await benchPdf();
  console.log('');
  await benchBackup(dataDir);
  console.log('');
  await benchStartup(dataDir);
  console.log('');
  await benchKeystroke(host.url);
  console.log('');
  await benchFirstScreen(host.url);
  if (process.argv.includes('--durability')) {
    console.log('');
    // Imported here: the kill loop reaches the lesson manifest (a build-time module) that plain tsx cannot load.
    const { killLoop } = await import('../tests/durability/kill-loop');
    const [elapsed, result] = await time(() => killLoop(1000));
    console.log(
      `kill -9 loop: ${result.kills} kills, ${result.acknowledged} acknowledged saves, ` +
        `${result.lost.length} lost, ${result.damaged.length} damaged (${(elapsed / 1000).toFixed(0)} s)`,
    );
    if (result.lost.length || result.damaged.length) process.exitCode = 1;
  }
} finally {
  await host.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
