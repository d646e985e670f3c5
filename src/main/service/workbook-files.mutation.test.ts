import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNNEL, funnelValue } from '../../../tests/support/exercises';
import { useService } from '../../../tests/support/service';
import { CMWB_MAX_PROFILES } from '../../shared/workbook-file/schema';

const start = useService();

const count = (service: ReturnType<typeof start>) =>
  (service.workbook.db.prepare('SELECT count(*) AS n FROM profile').get() as { n: number }).n;

describe('the attendee limit on import', () => {
  it('counts the file’s new attendees, in preview and import, and writes nothing when over', async () => {
    const source = start();
    const a = await source.value<{ id: string }>('profile.create', { name: 'Amina' });
    await source.value('profile.create', { name: 'Omar' });
    await source.value('answer.save', { profileId: a.id, exerciseId: FUNNEL, value: funnelValue([5, 1]), revision: 0 });
    const { content } = await source.value<{ content: string }>('workbook.export', {});

    const target = start();
    const insert = target.workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)');
    target.workbook.db.transaction(() => {
      for (let i = 0; i < CMWB_MAX_PROFILES - 2; i += 1) insert.run(`p${i}`, `P${i}`, '2026-05-02T08:00:00.000Z');
    })();
    // Exactly at the limit: accepted.
    expect(await target.value('workbook.preview', { content })).toMatchObject({ profiles: { new: 2 } });
    target.workbook.db.prepare("INSERT INTO profile VALUES ('one-more', 'X', 't')").run();
    for (const method of ['workbook.preview', 'workbook.import']) {
      expect(await target.call(method, { content })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    }
    expect(count(target)).toBe(CMWB_MAX_PROFILES - 1);
    expect(target.workbook.db.prepare('SELECT count(*) AS n FROM answer').get()).toEqual({ n: 0 });
  });
});

describe('importing', () => {
  it('is followed by a backup of what it brought', async () => {
    const source = start();
    await source.value('profile.create', { name: 'Amina' });
    const { content } = await source.value<{ content: string }>('workbook.export', {});
    const target = start();
    await target.value('workbook.import', { content });
    expect(await target.value('backup.list', {})).toMatchObject([{ reason: 'automatique' }]);
  });
});

describe('exporting', () => {
  it('refuses, in French, a workbook holding a value no file may carry', async () => {
    const service = start();
    const { id } = await service.value<{ id: string }>('profile.create', { name: 'Amina' });
    service.workbook.db
      .prepare('INSERT INTO answer VALUES (?, ?, ?, 1, ?)')
      .run(id, FUNNEL, JSON.stringify(funnelValue([-5, 1])), '2026-05-02T08:00:00.000Z');
    expect(await service.call('workbook.export', {})).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(/^Export impossible : .+ Corrigez cette donnée puis réessayez\.$/),
      },
    });
  });
});

describe('a file’s version field', () => {
  it('is read as newer only when it is a number', async () => {
    const source = start();
    await source.value('profile.create', { name: 'Amina' });
    const { content } = await source.value<{ content: string }>('workbook.export', {});
    const target = start();
    const text = content.replace('"schemaVersion":1', '"schemaVersion":"2"');
    const result = await target.call('workbook.import', { content: text });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(result)).not.toMatch(/plus récente/);
  });
});

describe('backup preview', () => {
  it('refuses an unknown backup and one SQLite cannot read, in French', async () => {
    const service = start();
    await service.value('profile.create', { name: 'Amina' });
    expect(await service.call('backup.preview', { id: 'workbook-20990101T000000000Z-manuelle.db' })).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        message: 'Cette sauvegarde n’existe pas (ou plus). Choisissez-en une dans la liste.',
      },
    });
    const made = await service.value<{ id: string }>('backup.create', {});
    const path = join(service.dir, 'backups', made.id);
    const bytes = readFileSync(path);
    bytes.fill(0xab, 100, bytes.readUInt16BE(16));
    writeFileSync(path, bytes);
    expect(await service.call('backup.preview', { id: made.id })).toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message:
          'Cette sauvegarde est illisible (vide, incomplète ou endommagée) : elle ne peut pas être restaurée. Choisissez-en une autre.',
      },
    });
  });
});
