import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FUNNEL, funnelValue as funnel } from '../../../tests/support/exercises';
import { useService, type TestService } from '../../../tests/support/service';
import { CMWB_MAX_BYTES } from '../../shared/workbook-file/schema';
import { sealWorkbook } from './workbook-file';

const start = useService();

async function seed(service: TestService) {
  const amina = await service.value<{ id: string }>('profile.create', { name: 'Amina' });
  const omar = await service.value<{ id: string }>('profile.create', { name: 'Omar' });
  await service.value('answer.save', {
    profileId: amina.id,
    exerciseId: FUNNEL,
    value: funnel([100, 10]),
    revision: 0,
  });
  await service.value('answer.save', { profileId: omar.id, exerciseId: FUNNEL, value: funnel([7, 1]), revision: 0 });
  return { amina: amina.id, omar: omar.id };
}

/** Everything a workbook holds, to compare before and after. */
function snapshot(service: TestService) {
  const { db } = service.workbook;
  return JSON.stringify([
    db.prepare('SELECT * FROM profile ORDER BY id').all(),
    db.prepare('SELECT * FROM answer ORDER BY profile_id, exercise_id').all(),
    db.prepare('SELECT * FROM training_session').all(),
  ]);
}

interface FileAnswer {
  exerciseId: string;
  value: unknown;
  revision: number;
  updatedAt: string;
}
type EditableFile = { sha256?: string; profiles: { id: string; name: string; answers: FileAnswer[] }[] } & Record<
  string,
  unknown
>;

/** Edits an exported file and seals it again, as a file from another machine would be. */
function reseal(content: string, edit: (file: EditableFile) => void): string {
  const file = JSON.parse(content) as EditableFile;
  edit(file);
  const { sha256: _old, ...rest } = file;
  return JSON.stringify(sealWorkbook(rest as Parameters<typeof sealWorkbook>[0]));
}

describe('.cmwb workbook files', () => {
  it('exports everyone and imports them into another workbook in one go', async () => {
    const source = start();
    const ids = await seed(source);
    const { fileName, content } = await source.value<{ fileName: string; content: string }>('workbook.export', {});
    expect(fileName).toMatch(/^cahier-\d{4}-\d{2}-\d{2}-tous\.cmwb$/);
    const file = JSON.parse(content);
    expect(file).toMatchObject({ format: 'cmwb', schemaVersion: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const target = start();
    const preview = await target.value('workbook.preview', { content });
    expect(preview).toEqual({
      profiles: { new: 2, existing: 0 },
      answers: { new: 2, newer: 0, older: 0, same: 0, conflict: 0 },
      session: 'imported',
      applied: false,
    });
    expect(await target.value<unknown[]>('profile.list', {})).toEqual([]);
    expect(await target.value('workbook.import', { content })).toMatchObject({ applied: true, answers: { new: 2 } });
    expect(await target.value('answer.list', { profileId: ids.amina })).toEqual(
      await source.value('answer.list', { profileId: ids.amina }),
    );
  });

  it('exports one attendee, named in the file name, once even when asked twice', async () => {
    const service = start();
    const ids = await seed(service);
    const { fileName, content } = await service.value<{ fileName: string; content: string }>('workbook.export', {
      profileIds: [ids.amina, ids.amina],
    });
    expect(fileName).toMatch(/-amina\.cmwb$/);
    expect(JSON.parse(content).profiles.map((p: { name: string }) => p.name)).toEqual(['Amina']);
    expect(await start().value('workbook.import', { content })).toMatchObject({ profiles: { new: 1 } });
  });

  it('writes compact JSON', async () => {
    const service = start();
    await seed(service);
    const { content } = await service.value<{ content: string }>('workbook.export', {});
    expect(content).not.toMatch(/\n/);
    expect(content).toBe(JSON.stringify(JSON.parse(content)));
  });

  it('tells new, newer, older, same and conflicting answers apart, keeps the newest and lets the file win a tie', async () => {
    let t = Date.parse('2026-05-02T08:00:00Z');
    const service = start(() => new Date(t));
    const names = ['Ours newer', 'File newer', 'Same value', 'Tie', 'Only in file'];
    const ids: string[] = [];
    for (const name of names) ids.push((await service.value<{ id: string }>('profile.create', { name })).id);
    for (const id of ids.slice(0, 4))
      await service.value('answer.save', { profileId: id, exerciseId: FUNNEL, value: funnel([10, 1]), revision: 0 });
    const { content } = await service.value<{ content: string }>('workbook.export', {});
    t += 60_000;
    // Saved here after the export: the file's answer is older.
    await service.value('answer.save', { profileId: ids[0], exerciseId: FUNNEL, value: funnel([10, 2]), revision: 1 });
    const later = '2026-05-02T09:00:00.000Z';
    const edited = reseal(content, (file) => {
      const answerOf = (i: number) => file.profiles.find((p) => p.id === ids[i])!.answers[0]!;
      Object.assign(answerOf(1), { value: funnel([10, 5]), updatedAt: later });
      // Same value, later time: nothing to import.
      answerOf(2).updatedAt = later;
      // Another value at the very same time as ours.
      answerOf(3).value = funnel([10, 9]);
      file.profiles
        .find((p) => p.id === ids[4])!
        .answers.push({
          exerciseId: FUNNEL,
          value: funnel([3, 1]),
          revision: 1,
          updatedAt: later,
        });
    });

    const expected = {
      profiles: { new: 0, existing: 5 },
      answers: { new: 1, newer: 1, older: 1, same: 1, conflict: 1 },
      session: 'imported',
    };
    expect(await service.value('workbook.preview', { content: edited })).toMatchObject({ ...expected, applied: false });
    expect(await service.value('workbook.import', { content: edited })).toMatchObject({ ...expected, applied: true });
    const stored = await Promise.all(
      ids.map(async (profileId) => {
        const [answer] = await service.value<{ value: unknown; revision: number }[]>('answer.list', { profileId });
        return answer && [answer.value, answer.revision];
      }),
    );
    expect(stored).toEqual([
      [funnel([10, 2]), 2],
      [funnel([10, 5]), 2],
      [funnel([10, 1]), 1],
      [funnel([10, 9]), 2],
      [funnel([3, 1]), 1],
    ]);
  });

  it('keeps the local session and says so; imports the file’s where none was set', async () => {
    const source = start();
    await seed(source);
    await source.value('session.update', {
      ...(await source.value<Record<string, unknown>>('session.get', {})),
      title: 'Session du fichier',
    });
    const { content } = await source.value<{ content: string }>('workbook.export', {});

    const fresh = start();
    expect(await fresh.value('workbook.preview', { content })).toMatchObject({ session: 'imported' });
    expect(await fresh.value('workbook.import', { content })).toMatchObject({ session: 'imported' });
    expect(await fresh.value('session.get', {})).toMatchObject({ title: 'Session du fichier' });

    const set = start();
    await set.value('session.update', {
      ...(await set.value<Record<string, unknown>>('session.get', {})),
      title: 'Session locale',
    });
    expect(await set.value('workbook.preview', { content })).toMatchObject({ session: 'kept' });
    expect(await set.value('workbook.import', { content })).toMatchObject({ session: 'kept' });
    expect(await set.value('session.get', {})).toMatchObject({ title: 'Session locale' });
  });

  it('previews without writing anything', async () => {
    const source = start();
    await seed(source);
    const { content } = await source.value<{ content: string }>('workbook.export', {});
    const target = start();
    const before = snapshot(target);
    expect(await target.value('workbook.preview', { content })).toMatchObject({ applied: false, session: 'imported' });
    expect(snapshot(target)).toBe(before);
  });

  it.each([
    ['a file over the size limit', () => 'x'.repeat(CMWB_MAX_BYTES + 1), /trop volumineux/],
    ['text that is not JSON', () => 'bonjour', /pas au format JSON/],
    ['another format', () => JSON.stringify({ format: 'xlsx' }), /pas un cahier CM Day Workbook/],
    [
      'a newer schema version',
      (content: string) => content.replace('"schemaVersion":1', '"schemaVersion":2'),
      /plus récente/,
    ],
    ['a broken hash', (content: string) => content.replace('"Amina"', '"Amine"'), /SHA-256/],
  ])('refuses %s in French, writing nothing', async (_label, mutate, message) => {
    const source = start();
    await seed(source);
    const { content } = await source.value<{ content: string }>('workbook.export', {});
    const target = start();
    const before = snapshot(target);
    const result = await target.call('workbook.import', { content: mutate(content) });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(message) },
    });
    expect(snapshot(target)).toBe(before);
  });

  it('never crashes and never writes part of a mutated file (1000 cases)', async () => {
    const source = start();
    await seed(source);
    const { content } = await source.value<{ content: string }>('workbook.export', {});
    const original = JSON.parse(content);
    const { sha256: _hash, ...body } = original;
    const target = start();
    await seed(target);

    // Byte-level damage (the hash must catch it) and structural edits re-sealed
    // with a valid hash (validation and the transaction must catch them).
    const byteDamage = fc
      .tuple(fc.nat(content.length - 1), fc.string({ maxLength: 4 }), fc.nat(3))
      .map(([at, text, drop]) => content.slice(0, at) + text + content.slice(at + drop));
    const leaf = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -5, max: 1e6 }),
      fc.double(),
      fc.string({ maxLength: 90 }),
      fc.constant('6c8f3da8-9506-4e63-bc36-3a36488a9a92'),
      fc.constant({}),
      fc.constant([]),
    );
    const paths: string[][] = [];
    const walk = (node: unknown, path: string[]) => {
      paths.push(path);
      if (node && typeof node === 'object')
        for (const key of Object.keys(node)) walk((node as Record<string, unknown>)[key], [...path, key]);
    };
    walk(body, []);
    const structural = fc
      .tuple(fc.constantFrom(...paths.filter((p) => p.length > 0)), leaf, fc.boolean())
      .map(([path, value, remove]) => {
        const copy = JSON.parse(JSON.stringify(body));
        let node = copy;
        for (const key of path.slice(0, -1)) node = node[key];
        if (remove) delete node[path.at(-1)!];
        else node[path.at(-1)!] = value;
        return JSON.stringify(sealWorkbook(copy));
      });

    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(byteDamage, structural), async (mutated) => {
        const before = snapshot(target);
        const result = await target.call('workbook.import', { content: mutated });
        if (!result.ok) {
          expect(result.error.code).toBe('invalid_input');
          expect(snapshot(target)).toBe(before);
        } else {
          accepted += 1;
          expect(target.workbook.db.pragma('foreign_key_check')).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
    expect(target.unexpected).toEqual([]);
    expect(accepted).toBeGreaterThan(0);
  });
});
