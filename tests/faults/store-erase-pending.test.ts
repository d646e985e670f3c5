import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbook } from '../../src/main/db';
import { createDispatch } from '../../src/main/service/dispatch';
import { createHandlers } from '../../src/main/service/handlers';
import { setImmutable } from '../support/fault-tools';
import { FUNNEL, funnelValue } from '../support/exercises';
import { asTrainer, useService, type TestService } from '../support/service';

const start = useService();
const immutable: string[] = [];
afterEach(() => {
  for (const file of immutable.splice(0)) setImmutable(file, false);
});

const MARKER = 'Zineb-Tazi-9f3c';

/** Zineb (to erase) and Karim, with answers, and a backup holding both. */
async function withBackup(service: TestService) {
  const { id } = await service.value<{ id: string }>('profile.create', { name: MARKER });
  const keep = await service.value<{ id: string }>('profile.create', { name: 'Karim' });
  await service.value('answer.save', {
    profileId: id,
    exerciseId: FUNNEL,
    value: funnelValue([987654321, 1]),
    revision: 0,
  });
  const backup = await service.value<{ id: string }>('backup.create', {});
  return { id, keep: keep.id, backup: join(service.workbook.backups.dir, backup.id) };
}

/**
 * Every file of the data folder that still holds the attendee: their name or
 * answers, and (once the erase is finished) even their id, which the pending
 * erasure keeps meanwhile.
 */
function stillHolds(dir: string, id: string | null): string[] {
  const files = [
    join(dir, 'workbook.db'),
    join(dir, 'workbook.db-wal'),
    ...readdirSync(join(dir, 'backups')).map((f) => join(dir, 'backups', f)),
  ].filter((file) => existsSync(file));
  return files.filter((file) => {
    const bytes = readFileSync(file);
    return bytes.includes(MARKER) || (id !== null && bytes.includes(id)) || bytes.includes('987654321');
  });
}

const statusCodes = async (service: TestService) =>
  (await service.value<{ notices: { code: string }[] }>('app.status', {})).notices.map((n) => n.code);

describe('erasing an attendee (law 09-08) when a backup is in the way', () => {
  it('deletes a 0-byte backup left by a failed copy instead of failing on it', async () => {
    const service = start();
    const { id } = await withBackup(service);
    const empty = 'workbook-29990101T000000000Z-automatique.db';
    writeFileSync(join(service.workbook.backups.dir, empty), '');
    expect(await service.value('profile.delete', { profileId: id })).toEqual({ deleted: true });
    expect(stillHolds(service.dir, id)).toEqual([]);
    expect(readdirSync(service.workbook.backups.dir)).not.toContain(empty);
    expect(service.unexpected).toEqual([]);
  });

  it('says the erase is unfinished, keeps it pending, and finishes it on a retry', async (context) => {
    const service = start();
    const { id, keep, backup } = await withBackup(service);
    const refused = setImmutable(backup, true);
    if (refused) context.skip(`chattr +i is not supported here (${refused})`);
    immutable.push(backup);

    const first = await service.call('profile.delete', { profileId: id });
    expect(first).toMatchObject({
      ok: false,
      error: {
        code: 'unavailable',
        message: expect.stringMatching(/l’effacement n’est pas terminé.*relancez la suppression/),
      },
    });
    if (!first.ok) expect(first.error.message).toContain(backup.split('/').at(-1));
    // Gone from the workbook at once; still in the locked backup, and said so on the trainer's screen.
    expect((await service.value<{ id: string }[]>('profile.list', {})).map((p) => p.id)).toEqual([keep]);
    expect(stillHolds(service.dir, null)).toEqual([backup]);
    expect(await statusCodes(service)).toContain('erasure_pending');

    // A retry is not a bare « introuvable »: it tries again, and says again what is left.
    expect(await service.call('profile.delete', { profileId: id })).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    setImmutable(backup, false);
    expect(await service.value('profile.delete', { profileId: id })).toEqual({ deleted: true });
    expect(stillHolds(service.dir, id)).toEqual([]);
    expect(await statusCodes(service)).not.toContain('erasure_pending');
    expect(await service.call('profile.delete', { profileId: id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(service.unexpected).toEqual([]);
  });

  it('finishes a pending erase by itself at the next start', async (context) => {
    const service = start();
    const { id, backup } = await withBackup(service);
    const refused = setImmutable(backup, true);
    if (refused) context.skip(`chattr +i is not supported here (${refused})`);
    immutable.push(backup);
    expect(await service.call('profile.delete', { profileId: id })).toMatchObject({ ok: false });
    service.workbook.close();
    setImmutable(backup, false);

    const reopened = openWorkbook({ dataDir: service.dir });
    try {
      expect(reopened.erasures.list()).toEqual([]);
      expect(reopened.alerts.list()).toEqual([]);
      const dispatch = asTrainer(createDispatch(createHandlers({ workbook: reopened })));
      expect(await dispatch('profile.delete', { profileId: id })).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
    } finally {
      reopened.close();
    }
    expect(stillHolds(service.dir, id)).toEqual([]);
  });
});
