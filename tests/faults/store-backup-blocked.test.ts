import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBrowser } from '../support/browser';
import { api } from '../support/fault-tools';
import { FUNNEL } from '../support/exercises';
import { useTempDir } from '../support/temp-dir';
import { startHost, type HostProcess } from '../support/web-host';

const tempDir = useTempDir('cmday-faults-');
let host: HostProcess | undefined;
afterEach(async () => {
  await host?.stop('SIGKILL');
  host = undefined;
});

const funnel = { kind: 'funnel', counts: [100, 10] };

describe('a backup that cannot be written (the real web host process)', () => {
  it('keeps the host up and answering, and puts the failure on the trainer’s screen', async () => {
    const data = tempDir();
    mkdirSync(data, { recursive: true });
    // « backups » is a file: every automatic backup fails (ENOTDIR on scandir/mkdir).
    writeFileSync(join(data, 'backups'), 'x');
    host = await startHost(data);
    const created = await api(host.url, 'profile.create', { name: 'Amina' });
    expect(created.status).toBe(200);
    const profileId = (created.body.value as { id: string }).id;
    const saved = await api(host.url, 'answer.save', { profileId, exerciseId: FUNNEL, value: funnel, revision: 0 });
    expect(saved.status).toBe(200);

    // The deferred backup ran after that reply; the process must still be there to answer.
    const again = await api(host.url, 'answer.save', { profileId, exerciseId: FUNNEL, value: funnel, revision: 1 });
    expect(again).toMatchObject({ status: 200, body: { ok: true, value: { revision: 2 } } });
    expect(host.child.exitCode).toBeNull();

    const status = await api(host.url, 'app.status');
    const notice = (status.body.value as { notices: { code: string; message: string }[] }).notices.find(
      (n) => n.code === 'backup_failed',
    );
    expect(notice?.message).toMatch(/La sauvegarde automatique du .* a échoué/);
    expect(notice?.message).toContain(join(data, 'backups'));
    expect(notice?.message).toMatch(/il y a un fichier du même nom/);

    // A manual backup says the same to the trainer, in French, without a crash either.
    const manual = await api(host.url, 'backup.create');
    expect(manual.body).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/il y a un fichier du même nom/) },
    });
    expect(await api(host.url, 'backup.list')).toMatchObject({ body: { ok: false } });

    // The trainer sees it on their page, in a real browser, even though the backups list cannot load.
    const browser = await openBrowser();
    try {
      await browser.page.goto(`${host.url}#/trainer`);
      const shown = browser.page.locator('[data-notice="backup_failed"]');
      await shown.waitFor();
      expect(await shown.textContent()).toMatch(/La sauvegarde automatique du .* a échoué/);
      expect(await browser.page.getByRole('alert').allTextContents()).toContainEqual(
        expect.stringContaining(join(data, 'backups')),
      );
      expect(browser.foreignRequests).toEqual([]);
    } finally {
      await browser.close();
    }

    // The closing backup fails too: reported, and the host still exits cleanly.
    expect(await host.stop('SIGTERM')).toBe(0);
  });
});
