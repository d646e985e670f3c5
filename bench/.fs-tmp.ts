import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from '../tests/support/web-host';
import { benchFirstScreen } from '../bench/first-screen';
const dataDir = mkdtempSync(join(tmpdir(), 'cmday-fs-'));
const host = await startHost(dataDir);
try { await benchFirstScreen(host.url); } finally { await host.stop(); rmSync(dataDir, { recursive: true, force: true }); }
