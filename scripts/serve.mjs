// `npm run serve -- --port N --data DIR [--host ADDR]`: the web host alone.
import { join } from 'node:path';
import { buildIfMissing, ROOT, runForeground } from './lib/run.mjs';

buildIfMissing();
runForeground(process.execPath, [join(ROOT, 'out/main/web.js'), ...process.argv.slice(2)]);
