import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { benchKeystroke } from './keystroke';
const child = spawn(process.execPath, ['/tmp/base/out/main/web.js', '--port', '0', '--data', mkdtempSync(join(tmpdir(), 'kb-'))], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).on('line', (l) => { const m = /(http:\S+)/.exec(l); if (m) resolve(m[1]!); }));
try { await benchKeystroke(url); } finally { child.kill(); }
