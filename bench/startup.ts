import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { startHost } from '../tests/support/web-host';
import { ms, percentile, ratio, time } from './stats';

const RUNS = 5;

/** From launch to the ready line, next to Node starting and exiting with nothing to do. */
export async function benchStartup(dir: string): Promise<void> {
  const hosts: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const [elapsed, host] = await time(() => startHost(mkdtempSync(join(dir, 'start-'))));
    hosts.push(elapsed);
    await host.stop();
  }
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i += 1) bare.push((await time(() => spawnSync(process.execPath, ['-e', '0'])))[0]);
  const [h, b] = [percentile(hosts, 50), percentile(bare, 50)];
  console.log(`web host start-up to its ready line (median of ${RUNS}): ${ms(h)}`);
  console.log(`bare Node start and exit:                        ${ms(b)}`);
  console.log(`ratio:                                           ${ratio(h, b)}`);
}
