// `npm run bench`: figures and ratios against baselines measured in the same run. Not a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from '../tests/support/web-host';
import { benchPdf } from './pdf-export';
import { benchSaves } from './save-latency';

const dataDir = mkdtempSync(join(tmpdir(), 'cmday-bench-'));
const host = await startHost(dataDir);
try {
  console.log(`CM Day Workbook bench — Node ${process.version}, web host ${host.url}\n`);
  await benchSaves(host.url, dataDir);
  const list = (await (
    await fetch(`${host.url}api/profile.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
  ).json()) as { value: { id: string }[] };
  console.log('');
  await benchPdf(host.url, list.value[0]!.id);
} finally {
  await host.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
