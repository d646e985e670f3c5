import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir';
import { READY_LINE, ROOT, startHost, type HostProcess } from '../support/web-host';

const tempDir = useTempDir('cmday-cli-');
let host: HostProcess | undefined;
afterEach(async () => {
  await host?.stop('SIGKILL');
  host = undefined;
});

describe('npm run serve (the web host process)', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'prints one ready line and exits cleanly on %s with the DB closed',
    async (signal) => {
      const data = tempDir();
      host = await startHost(data);
      expect(host.lines).toHaveLength(1);
      expect(host.lines[0]).toMatch(READY_LINE);
      const created = await fetch(`${host.url}api/profile.create`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"Amina"}',
      });
      expect(created.status).toBe(200);
      expect(existsSync(join(data, 'workbook.db-wal'))).toBe(true);
      expect(await host.stop(signal)).toBe(0);
      // Closed cleanly: the WAL was folded back into the file and removed.
      expect(existsSync(join(data, 'workbook.db-wal'))).toBe(false);
      expect(existsSync(join(data, 'workbook.db'))).toBe(true);
    },
  );

  it('keeps the data across a restart on the same folder', async () => {
    const data = tempDir();
    host = await startHost(data);
    await fetch(`${host.url}api/profile.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"Omar"}',
    });
    await host.stop();
    host = await startHost(data);
    const list = await fetch(`${host.url}api/profile.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await list.json()).toMatchObject({ ok: true, value: [{ name: 'Omar' }] });
  });

  it('refuses a bad port with a usage error', async () => {
    await expect(startHost(tempDir(), ['--port', 'abc'])).rejects.toThrow(/--port attend un entier/);
  });
});

describe('npm run serve (through npm, as the README says)', () => {
  it('serves, and stops cleanly when npm is told to stop', async () => {
    const { spawn } = await import('node:child_process');
    const { createInterface } = await import('node:readline');
    const data = tempDir();
    const npm = spawn('npm', ['run', 'serve', '--', '--port', '0', '--data', data], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<string>((resolve) => npm.on('exit', (code, signal) => resolve(`${code ?? signal}`)));
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: npm.stdout! }).on('line', (line) => {
        const match = READY_LINE.exec(line);
        if (match) resolve(match[1]!);
      });
      void exited.then((code) => reject(new Error(`npm run serve exited (${code}) before ready`)));
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    await fetch(`${url}api/profile.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"A"}',
    });
    expect(existsSync(join(data, 'workbook.db-wal'))).toBe(true);
    npm.kill('SIGTERM');
    // npm passes the signal on and then ends by it (or 0): either way the host must have closed the DB.
    expect(['0', 'SIGTERM']).toContain(await exited);
    // npm may end before its child has closed Chromium (warmed after the ready line) and the database.
    await expect.poll(() => existsSync(join(data, 'workbook.db-wal')), { timeout: 15_000 }).toBe(false);
    const port = new URL(url).port;
    await expect
      .poll(() =>
        fetch(url).then(
          () => `still serving on ${port}`,
          () => 'stopped',
        ),
      )
      .toBe('stopped');
  });
});
