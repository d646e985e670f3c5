import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHost, type HostProcess } from '../support/web-host';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('cmday-warm-');
let host: HostProcess | undefined;
afterEach(async () => {
  await host?.stop();
  host = undefined;
  vi.unstubAllEnvs();
});

/** The names of a process's children (the host's Chromium, once warm). */
function children(pid: number): string[] {
  try {
    return execFileSync('ps', ['-o', 'comm=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

describe('the web host warms its PDF printer after it is ready', () => {
  it('starts Chromium in the background once the ready line is out', async () => {
    host = await startHost(tempDir());
    const pid = host.child.pid!;
    await vi.waitFor(() => expect(children(pid).some((name) => /chrom/i.test(name))).toBe(true), {
      timeout: 20_000,
      interval: 100,
    });
  });

  it('without Chromium: starts as usual, and only an export says how to install it, in French', async () => {
    // Read by the host when it starts (spawned with this environment).
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
    host = await startHost(tempDir());
    const created = await fetch(`${host.url}api/profile.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"Amina"}',
    });
    const { value } = (await created.json()) as { value: { id: string } };
    const reply = await fetch(`${host.url}export/${value.id}.pdf`);
    expect(reply.status).toBe(503);
    const body = (await reply.json()) as { ok: false; error: { code: string; message: string } };
    expect(body.error.code).toBe('unavailable');
    expect(body.error.message).toMatch(/Chromium.*sudo apt install chromium.*CHROMIUM_PATH/);
    expect(children(host.child.pid!).some((name) => /chrom/i.test(name))).toBe(false);
  });
});
