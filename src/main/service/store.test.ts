import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LESSON_IDS } from '../../shared/content/manifest';
import { FUNNEL, LESSON } from '../../../tests/support/exercises';
import { useService } from '../../../tests/support/service';

const start = useService();
const funnel = (counts: number[]) => ({ kind: 'funnel', counts });

describe('training session', () => {
  it('defaults to Community Management Day, today, in Casablanca, then keeps what the trainer sets', async () => {
    const service = start(() => new Date(2026, 4, 2, 9, 30));
    expect(await service.value('session.get', {})).toEqual({
      title: 'Community Management Day',
      date: '2026-05-02',
      place: 'Casablanca',
      trainer: '',
      organiser: '',
      // Every lesson, named: an update that lists none is refused (below), so « none » never reads as « all ».
      lessons: LESSON_IDS,
      // Every lesson's durationMin, added up (content/*.mdx): 6 h 15.
      durationHours: 6.25,
    });
    const session = {
      title: ' CM Day Rabat ',
      date: '2026-06-11',
      place: 'Rabat',
      trainer: 'Yassir Monkachi',
      organiser: 'Social Media Club Casablanca',
      lessons: [LESSON],
      durationHours: 6.5,
    };
    expect(await service.value('session.update', session)).toEqual({ ...session, title: 'CM Day Rabat' });
    expect(await service.value('session.get', {})).toMatchObject({ title: 'CM Day Rabat', durationHours: 6.5 });
  });

  it('says whether the trainer has saved the session yet', async () => {
    const service = start();
    expect(await service.value('session.status', {})).toEqual({ saved: false });
    const session = await service.value<Record<string, unknown>>('session.get', {});
    await service.value('session.update', { ...session, lessons: [LESSON] });
    expect(await service.value('session.status', {})).toEqual({ saved: true });
  });

  it.each([
    [{ date: '2026-02-30' }, /n’existe pas/],
    [{ date: '02/05/2026' }, /AAAA-MM-JJ/],
    [{ title: '  ' }, /titre/],
    [{ durationHours: 0 }, /demi-heure/],
    [{ lessons: [LESSON, LESSON] }, /deux fois/],
    [{ lessons: [] }, /au moins une leçon/],
  ])('refuses %j in French', async (change, message) => {
    const service = start();
    const session = await service.value<Record<string, unknown>>('session.get', {});
    const result = await service.call('session.update', { ...session, ...change });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(message) },
    });
  });
});

describe('profiles', () => {
  it('renames, refusing an empty or too long name', async () => {
    const service = start();
    const { id } = await service.value<{ id: string }>('profile.create', { name: 'Amina' });
    expect(await service.value('profile.rename', { profileId: id, name: '  Amina B. ' })).toMatchObject({
      name: 'Amina B.',
    });
    expect(await service.call('profile.rename', { profileId: id, name: '' })).toMatchObject({ ok: false });
    expect(await service.call('profile.rename', { profileId: id, name: 'x'.repeat(81) })).toMatchObject({ ok: false });
    expect(await service.call('profile.rename', { profileId: crypto.randomUUID(), name: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('allows two attendees with the same name', async () => {
    const service = start();
    await service.value('profile.create', { name: 'Youssef' });
    await service.value('profile.create', { name: 'Youssef' });
    expect(await service.value<unknown[]>('profile.list', {})).toHaveLength(2);
  });

  it('erases an attendee from the file, its journal and the backups', async () => {
    const service = start();
    const marker = 'Zineb-Tazi-9f3c';
    const { id } = await service.value<{ id: string }>('profile.create', { name: marker });
    const keep = await service.value<{ id: string }>('profile.create', { name: 'Karim' });
    for (let i = 0; i < 20; i += 1) {
      await service.value('answer.save', {
        profileId: id,
        exerciseId: FUNNEL,
        value: funnel([987654321, i]),
        revision: i,
      });
    }
    await service.value('answer.save', {
      profileId: keep.id,
      exerciseId: FUNNEL,
      value: funnel([5, 1]),
      revision: 0,
    });
    await service.value('backup.create', {});
    expect(await service.value('profile.delete', { profileId: id })).toEqual({ deleted: true });

    const files = [
      join(service.dir, 'workbook.db'),
      join(service.dir, 'workbook.db-wal'),
      ...readdirSync(join(service.dir, 'backups')).map((f) => join(service.dir, 'backups', f)),
    ].filter((file) => existsSync(file));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const bytes = readFileSync(file);
      expect(bytes.includes(marker), file).toBe(false);
      expect(bytes.includes('987654321'), file).toBe(false);
      expect(bytes.includes(id), file).toBe(false);
    }
    expect(await service.call('answer.list', { profileId: id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await service.value<unknown[]>('answer.list', { profileId: keep.id })).toHaveLength(1);
  });
});

describe('answer revisions', () => {
  it('refuses a save based on an older revision than the stored one', async () => {
    const service = start();
    const { id } = await service.value<{ id: string }>('profile.create', { name: 'A' });
    const save = (revision: number, counts: number[]) =>
      service.call('answer.save', { profileId: id, exerciseId: FUNNEL, value: funnel(counts), revision });
    expect(await save(0, [10, 1])).toMatchObject({ ok: true, value: { revision: 1 } });
    expect(await save(1, [10, 2])).toMatchObject({ ok: true, value: { revision: 2 } });
    // A second tab that loaded revision 1 must not overwrite revision 2.
    expect(await save(1, [99, 9])).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/modifiée ailleurs/) },
    });
    expect(await service.value('answer.list', { profileId: id })).toMatchObject([
      { value: funnel([10, 2]), revision: 2 },
    ]);
  });
});

describe('backups through the API', () => {
  it('lists backups and restores one after backing up the present', async () => {
    let t = Date.parse('2026-05-02T08:00:00Z');
    const service = start(() => new Date(t));
    const { id } = await service.value<{ id: string }>('profile.create', { name: 'A' });
    await service.value('answer.save', { profileId: id, exerciseId: FUNNEL, value: funnel([10, 1]), revision: 0 });
    const [first] = await service.value<{ id: string; reason: string }[]>('backup.list', {});
    expect(first?.reason).toBe('automatique');
    t += 60_000;
    await service.value('answer.save', { profileId: id, exerciseId: FUNNEL, value: funnel([10, 7]), revision: 1 });
    await service.value('profile.create', { name: 'B' });

    const restored = await service.value<{ profiles: number; safetyBackup: string }>('backup.restore', {
      id: first!.id,
    });
    expect(restored.profiles).toBe(1);
    expect(await service.value('answer.list', { profileId: id })).toMatchObject([{ value: funnel([10, 1]) }]);
    const list = await service.value<{ id: string; reason: string }[]>('backup.list', {});
    expect(list.find((b) => b.id === restored.safetyBackup)?.reason).toBe('avant-restauration');
    expect(await service.call('backup.restore', { id: '../workbook.db' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('lists what each backup holds, and what a restore would replace by what', async () => {
    let t = Date.parse('2026-05-02T08:00:00Z');
    const service = start(() => new Date(t));
    const { id } = await service.value<{ id: string }>('profile.create', { name: 'A' });
    await service.value('answer.save', { profileId: id, exerciseId: FUNNEL, value: funnel([10, 1]), revision: 0 });
    t += 60_000;
    await service.value('profile.create', { name: 'B' });
    await service.value('profile.create', { name: 'C' });
    const manual = await service.value<{ id: string; counts: unknown }>('backup.create', {});
    expect(manual.counts).toEqual({ profiles: 3, answers: 1 });
    const list = await service.value<{ id: string; reason: string; counts: unknown }[]>('backup.list', {});
    expect(list.map((b) => [b.reason, b.counts])).toEqual([
      ['manuelle', { profiles: 3, answers: 1 }],
      ['automatique', { profiles: 1, answers: 1 }],
    ]);
    await service.value('profile.create', { name: 'D' });
    expect(await service.value('backup.preview', { id: list[1]!.id })).toEqual({
      current: { profiles: 4, answers: 1 },
      backup: { profiles: 1, answers: 1 },
    });
    expect(await service.call('backup.preview', { id: '../workbook.db' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('reports start-up notices to the home screen', async () => {
    const service = start();
    expect(await service.value('app.status', {})).toEqual({ notices: [] });
  });
});
