import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds once on a fresh clone; `npm run build` rebuilds after a change. */
export function ensureBuilt() {
  const built = ['out/main/web.js', 'out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
  if (built.every((file) => existsSync(join(root, file)))) return;
  console.log('Première construction de l’application (build)…');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
