import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = join(import.meta.dirname, '..', '..');
export const READY_LINE = /^CM Day Workbook ready at (http:\/\/(?:[\d.]+|\[[\da-f:]+\]|localhost):\d+\/)$/;

export interface HostProcess {
  url: string;
  child: ChildProcess;
  /** Every line the host printed on stdout. */
  lines: string[];
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts the built web host (out/main/web.js) as a user would, and waits for its ready line. */
export async function startHost(dataDir: string, extraArgs: string[] = []): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'out/main/web.js'), '--port', '0', '--data', dataDir, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      const match = READY_LINE.exec(line);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`web host exited (${code}) before ready: ${stderr}`)));
  });
  return {
    url,
    child,
    lines,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
