import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openBrowser, type Session } from '../support/browser';
import { useTempDir } from '../support/temp-dir';
import { startHost, type HostProcess } from '../support/web-host';

const tempDir = useTempDir('cmday-csrf-');
let host: HostProcess | undefined;
let session: Session | undefined;
let attacker: Server | undefined;
afterEach(async () => {
  await session?.close();
  await host?.stop();
  await new Promise((resolve) => (attacker ? attacker.close(resolve) : resolve(undefined)));
  host = session = attacker = undefined;
});

/** What a page of another site can send: no-cors fetches (no preflight), and a JSON fetch (preflighted by the browser). */
const attackPage = (target: string) => `<!doctype html>
<title>autre site</title>
<script>
  const api = ${JSON.stringify(`${target}api/backup.create`)};
  const attempts = [];
  for (let i = 0; i < 11; i++) attempts.push(fetch(api, { method: 'POST', mode: 'no-cors' }));
  attempts.push(fetch(api, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: '{}' }));
  attempts.push(fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }));
  Promise.allSettled(attempts).then((results) => {
    document.body.dataset.settled = String(results.length);
  });
</script>`;

/** A static server on another 127.0.0.1 port: another origin, as a browser sees it. */
async function serveAttacker(target: string): Promise<string> {
  attacker = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(attackPage(target));
  });
  await new Promise<void>((resolve) => attacker!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
}

/** The API as a program calls it: JSON, no browser headers. */
async function call<T>(url: string, method: string): Promise<T> {
  const response = await fetch(`${url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  const body = (await response.json()) as { ok: true; value: T };
  expect(body.ok).toBe(true);
  return body.value;
}

const backupIds = async (url: string) => (await call<{ id: string }[]>(url, 'backup.list')).map((b) => b.id);

describe('a page on another origin, in Chromium, against the web host', () => {
  it('creates no backup and prunes none, while the app’s own page still works', async () => {
    host = await startHost(tempDir());
    // The trainer's own backup, which 11 forged ones would push out of the last 10 kept.
    await call(host.url, 'backup.create');
    const before = await backupIds(host.url);
    expect(before.length).toBeGreaterThan(0);
    const attackerUrl = await serveAttacker(host.url);
    session = await openBrowser();
    const { page } = session;

    await page.goto(attackerUrl);
    // Every request went out and came back (the page cannot read the answers: no CORS, CORP same-origin).
    await page.locator('body[data-settled="13"]').waitFor({ state: 'attached' });
    expect(await backupIds(host.url)).toEqual(before);

    await page.goto(host.url);
    await page.locator('main[data-app-state="ready"]').waitFor();
    const own = await page.evaluate(async () => {
      const response = await fetch('/api/backup.create', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      return (await response.json()) as { ok: boolean };
    });
    expect(own).toMatchObject({ ok: true });
    const after = await backupIds(host.url);
    expect(after).toHaveLength(before.length + 1);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(session.foreignRequests).toEqual([]);
  });
});
