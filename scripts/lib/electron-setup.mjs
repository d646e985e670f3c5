import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const QUIET = { stdio: /** @type {const} */ ('ignore'), timeout: 300_000 };

/** @param {string} root */
export function electronVersion(root) {
  return JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
}

/** The Electron executable when it is on disk, else null. @param {string} root */
export function electronBinary(root) {
  const dir = join(root, 'node_modules/electron');
  try {
    const file = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8'));
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * npm never runs electron's own download (it is denied in allowScripts, so an
 * offline install cannot fail); `npm start` tries it here instead.
 * @param {string} root
 */
export function fetchElectron(root) {
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const dir = join(root, 'node_modules/electron');
  spawnSync(process.execPath, [join(dir, 'install.js')], { ...QUIET, env, cwd: dir });
  return electronBinary(root);
}

/**
 * Where the better-sqlite3 build for this Electron's ABI is kept, beside Node's own.
 * @param {string} root
 * @param {string} version
 */
export function electronSqlitePath(root, version) {
  return join(root, '.cache/electron-abi', version, 'better_sqlite3.node');
}

/**
 * Builds better-sqlite3 for Electron in a copy of the package, so the Node
 * build (used by the web host and the tests) is never replaced: a prebuilt
 * binary when one can be downloaded, else a compile against Electron's headers.
 * @param {string} root
 * @param {string} version
 */
export function buildElectronSqlite(root, version) {
  const target = electronSqlitePath(root, version);
  if (existsSync(target)) return target;
  const work = mkdtempSync(join(tmpdir(), 'cmday-sqlite-'));
  try {
    cpSync(join(root, 'node_modules/better-sqlite3'), work, {
      recursive: true,
      filter: (src) => !src.includes('/build/'),
    });
    const bin = (/** @type {string} */ name) => join(root, 'node_modules/.bin', name);
    const electronArgs = ['--runtime=electron', `--target=${version}`];
    const prebuilt = spawnSync(bin('prebuild-install'), electronArgs, { ...QUIET, cwd: work });
    if (prebuilt.status !== 0) {
      const gyp = ['rebuild', '--release', ...electronArgs, '--dist-url=https://electronjs.org/headers'];
      spawnSync(bin('node-gyp'), gyp, { ...QUIET, cwd: work });
    }
    const built = join(work, 'build/Release/better_sqlite3.node');
    if (!existsSync(built)) return null;
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(built, target);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
