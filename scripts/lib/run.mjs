import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUTPUTS = ['out/main/web.js', 'out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

/** Builds main, preload and renderer (a few seconds) so what runs is what the sources say. */
export function build() {
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error('La construction de l’application a échoué (npm run build).');
    process.exit(result.status ?? 1);
  }
}

/** Builds only on a fresh clone; `npm run build` rebuilds after a change. */
export function buildIfMissing() {
  if (!OUTPUTS.every((file) => existsSync(join(ROOT, file)))) build();
}

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs the app in a child process and stops it cleanly when we are told to
 * stop. npm signals only its shell, which dies without passing the signal on,
 * so the parent's disappearance counts as a stop request too.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
export function runForeground(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env });
  const stop = (/** @type {NodeJS.Signals} */ signal) => {
    if (child.exitCode === null) child.kill(signal);
  };
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(signal, () => stop(signal));
  const parent = process.ppid;
  const watch = setInterval(() => alive(parent) || stop('SIGTERM'), 300);
  child.on('exit', (code, signal) => {
    clearInterval(watch);
    process.exit(code ?? (signal ? 1 : 0));
  });
}
