import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statfsSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { guardPath } from '../../src/main/db/wal-guard';
import { ROOT } from './web-host';

/** The workbook's files as they are on disk this instant: what a kill -9 would leave. */
export function crashImage(fromDir: string, toDir: string): string {
  mkdirSync(toDir, { recursive: true });
  for (const name of readdirSync(fromDir)) {
    if (/^workbook\.db(-wal|-shm|\.wal-guard)?$/.test(name)) copyFileSync(join(fromDir, name), join(toDir, name));
  }
  return toDir;
}

/** Bytes of each existing file, to compare before and after. */
export function bytesOf(...files: string[]): Record<string, string> {
  return Object.fromEntries(
    files.filter((f) => existsSync(f)).map((f) => [f, readFileSync(f).toString('base64')] as const),
  );
}

/** How many of this process's descriptors point at `file` (Linux /proc). */
export function openDescriptorsOn(file: string): number {
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(join('/proc/self/fd', fd)) === file;
    } catch {
      return false;
    }
  }).length;
}

/** A small tmpfs at `dir`, or the reason it cannot be mounted here (not root, a container without CAP_SYS_ADMIN…). */
export function mountTmpfs(dir: string, size: string): string | null {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
  }
}

export function unmount(dir: string): void {
  execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
}

/** chattr +i/-i: even root cannot write an immutable file. Returns the reason when the file system refuses. */
export function setImmutable(path: string, on: boolean): string | null {
  try {
    execFileSync('chattr', [on ? '+i' : '-i', path], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
  }
}

export const NOBODY = { uid: 65534, gid: 65534 };
export const canSwitchUser = () => process.getuid?.() === 0;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built web host (out/main/web.js) and waits for it to exit, or
 * stops it with SIGTERM once it prints its ready line (`stopWhenReady`).
 */
export function runCli(
  args: string[],
  options: { uid?: number; gid?: number; timeoutMs?: number } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'out/main/web.js'), '--port', '0', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // It should not have started: stop it so the test fails on the assertions, not on a hang.
      if (/ready at/.test(stdout)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Lets `nobody` reach `dir` (mkdtemp makes folders only root can enter). */
export function openToEveryone(dir: string): void {
  chmodSync(dir, 0o755);
}

/** POST /api/<method> on a running web host. */
export async function api(url: string, method: string, input: unknown = {}) {
  const response = await fetch(`${url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return {
    status: response.status,
    body: (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } },
  };
}

/** Fills the file system of `dir` until only about `leaveBytes` are free; returns the filler's path. */
export function fillDisk(dir: string, leaveBytes = 0): string {
  const filler = join(dir, 'remplissage.bin');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) {
      const { bavail, bsize } = statfsSync(dir);
      const room = bavail * bsize - leaveBytes;
      if (room <= 0) break;
      writeSync(fd, chunk, 0, Math.min(chunk.length, room));
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  return filler;
}

/** A folder where the WAL guard of `dbFile` must go: every checkpoint then fails to record it. */
export function blockWalGuard(dbFile: string): void {
  rmSync(guardPath(dbFile), { force: true });
  mkdirSync(join(guardPath(dbFile), 'inside'), { recursive: true });
}

/** Takes that folder away again: the next checkpoint records the guard. */
export function unblockWalGuard(dbFile: string): void {
  rmSync(guardPath(dbFile), { recursive: true });
}
