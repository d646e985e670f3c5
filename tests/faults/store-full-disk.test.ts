import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, type TestContext } from 'vitest';
import { openWorkbook, type Workbook } from '../../src/main/db';
import { createDispatch } from '../../src/main/service/dispatch';
import { asTrainer } from '../support/service';
import { createHandlers } from '../../src/main/service/handlers';
import { api, fillDisk, mountTmpfs, unmount } from '../support/fault-tools';
import { startHost } from '../support/web-host';
import { FUNNEL } from '../support/exercises';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('cmday-full-');
const mounted: string[] = [];
const open: Workbook[] = [];
afterEach(() => {
  for (const workbook of open.splice(0)) workbook.close();
  for (const dir of mounted.splice(0)) unmount(dir);
});

/** A 2 MiB file system of its own, so it can really fill up; skipped where mounting is not allowed. */
function smallDisk(context: TestContext): string {
  const dir = join(tempDir(), 'disque');
  const refused = mountTmpfs(dir, '2m');
  if (refused) context.skip(`tmpfs cannot be mounted here (${refused}); run as root to test a full disk`);
  mounted.push(dir);
  return dir;
}

function seeded(dataDir: string) {
  const workbook = openWorkbook({ dataDir });
  open.push(workbook);
  const dispatch = asTrainer(createDispatch(createHandlers({ workbook, defer: (task) => task() }), { dataDir }));
  const insert = workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)');
  workbook.db.transaction(() => {
    for (let i = 0; i < 1500; i += 1) insert.run(uuid(i), `Participant numéro ${i}`, '2026-05-02T08:00:00.000Z');
  })();
  workbook.maintain(); // folded into the file, so the journal starts small
  return { workbook, dispatch };
}

const funnel = { kind: 'funnel', counts: [100, 10] };
const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

describe('a full disk (a real tmpfs, filled)', () => {
  it('fails a backup with a French message and leaves no empty or cut backup behind', (context) => {
    const dataDir = join(smallDisk(context), 'data');
    const { workbook } = seeded(dataDir);
    // Room for a save, not for a copy of the workbook: VACUUM INTO runs out of space half-way.
    fillDisk(dataDir, 16 * 1024);
    // The automatic one does not throw: it goes on the trainer’s screen.
    expect(workbook.backups.noteChange()).toBeNull();
    expect(workbook.alerts.list()[0]?.message).toMatch(/Le disque est plein.*sauvegardes/);
    expect(() => workbook.backups.create('manuelle')).toThrowError(/Le disque est plein/);
    expect(workbook.backups.list()).toEqual([]);
    const dir = workbook.backups.dir;
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });

  it('refuses a save in French, naming the folder, and saves again once there is room', async (context) => {
    const dataDir = join(smallDisk(context), 'data');
    const { dispatch } = seeded(dataDir);
    const filler = fillDisk(dataDir);
    const save = (revision: number) =>
      dispatch('answer.save', { profileId: uuid(1), exerciseId: FUNNEL, value: funnel, revision });
    const refused = await save(0);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringMatching(/Le disque est plein.*Libérez de la place/) },
    });
    if (!refused.ok) {
      expect(refused.error.message).toContain(dataDir);
      expect(refused.error.message).not.toMatch(/inattendue/);
    }
    rmSync(filler);
    expect(await save(0)).toMatchObject({ ok: true, value: { revision: 1 } });
  });

  it('stops on SIGTERM with exit 0 even when the closing backup cannot be written, losing no answer', async (context) => {
    const dataDir = join(smallDisk(context), 'data');
    const host = await startHost(dataDir);
    try {
      const created = await api(host.url, 'profile.create', { name: 'Amina' });
      const profileId = (created.body.value as { id: string }).id;
      await api(host.url, 'answer.save', { profileId, exerciseId: FUNNEL, value: funnel, revision: 0 });
      // A change after the automatic backup: the session's end wants one more, and the disk is full.
      await api(host.url, 'answer.save', { profileId, exerciseId: FUNNEL, value: funnel, revision: 1 });
      const filler = fillDisk(dataDir);
      expect(await host.stop('SIGTERM')).toBe(0);
      rmSync(filler);
      const reopened = openWorkbook({ dataDir });
      open.push(reopened);
      expect(reopened.db.prepare('SELECT revision FROM answer WHERE profile_id = ?').get(profileId)).toEqual({
        revision: 2,
      });
    } finally {
      await host.stop('SIGKILL');
    }
  });

  it('refuses to start on a full disk, naming the folder', (context) => {
    const disk = smallDisk(context);
    fillDisk(disk);
    const dataDir = join(disk, 'data');
    expect(() => openWorkbook({ dataDir })).toThrowError(/Le disque est plein.*\(.*disque\/data\)/);
  });
});
