import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { useService, type TestService } from '../../../tests/support/service';
import { sealWorkbook } from './workbook-file';

const start = useService();
const funnel = (counts: number[]) => ({ kind: 'funnel', counts });

async function seed(service: TestService) {
  const amina = await service.value<{ id: string }>('profile.create', { name: 'Amina' });
  const omar = await service.value<{ id: string }>('profile.create', { name: 'Omar' });
  await service.value('answer.save', {
    profileId: amina.id,
    exerciseId: 'funnel-a',
    value: funnel([100, 10]),
    revision: 0,
  });
  await service.value('answer.save', {
    profileId: amina.id,
    exerciseId: 'funnel-b',
    value: funnel([50, 5]),
    revision: 0,
  });
  await service.value('answer.save', {
    profileId: omar.id,
    exerciseId: 'funnel-a',
    value: funnel([7, 1]),
    revision: 0,
  });
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
      answers: { new: 3, newer: 0, older: 0, same: 0 },
      session: 'imported',
      applied: false,
    });
    expect(await target.value<unknown[]>('profile.list', {})).toEqual([]);
    expect(await target.value('workbook.import', { content })).toMatchObject({ applied: true, answers: { new: 3 } });
    expect(await target.value('answer.list', { profileId: ids.amina })).toEqual(
      await source.value('answer.list', { profileId: ids.amina }),
    );
  });

  it('exports one attendee, named in the file name', async () => {
    const service = start();
    const ids = await seed(service);
    const { fileName, content } = await service.value<{ fileName: string; content: string }>('workbook.export', {
      profileIds: [ids.amina],
    });
    expect(fileName).toMatch(/-amina\.cmwb$/);
    expect(JSON.parse(content).profiles.map((p: { name: string }) => p.name)).toEqual(['Amina']);
  });

  it('tells new, newer and older answers apart and keeps the newest', async () => {
    let t = Date.parse('2026-05-02T08:00:00Z');
    const service = start(() => new Date(t));
    const ids = await seed(service);
    const { content } = await service.value<{ content: string }>('workbook.export', {});
    t += 60_000;
    // Here funnel-a of Amina becomes newer than the file; funnel-b stays as exported.
    await service.value('answer.save', {
      profileId: ids.amina,
      exerciseId: 'funnel-a',
      value: funnel([100, 20]),
      revision: 1,
    });
    const file = JSON.parse(content);
    const amina = file.profiles.find((p: { id: string }) => p.id === ids.amina);
    amina.answers.find((a: { exerciseId: string }) => a.exerciseId === 'funnel-b').updatedAt =
      '2026-05-02T09:00:00.000Z';
    amina.answers.find((a: { exerciseId: string }) => a.exerciseId === 'funnel-b').value = funnel([50, 25]);
    amina.answers.push({
      exerciseId: 'funnel-c',
      value: funnel([3, 1]),
      revision: 1,
      updatedAt: '2026-05-02T09:00:00.000Z',
    });
    const { sha256: _old, ...rest } = file;
    const edited = JSON.stringify(sealWorkbook(rest));

    expect(await service.value('workbook.import', { content: edited })).toMatchObject({
      profiles: { new: 0, existing: 2 },
      answers: { new: 1, newer: 1, older: 1, same: 1 },
      session: 'imported',
    });
    const answers = await service.value<{ exerciseId: string; value: unknown; revision: number }[]>('answer.list', {
      profileId: ids.amina,
    });
    expect(answers.map((a) => [a.exerciseId, a.value, a.revision])).toEqual([
      ['funnel-a', funnel([100, 20]), 2],
      ['funnel-b', funnel([50, 25]), 2],
      ['funnel-c', funnel([3, 1]), 1],
    ]);
  });

  it.each([
    ['a file over 5 MiB', () => 'x'.repeat(5 * 1024 * 1024 + 1), /trop volumineux/],
    ['text that is not JSON', () => 'bonjour', /pas au format JSON/],
    ['another format', () => JSON.stringify({ format: 'xlsx' }), /pas un cahier CM Day Workbook/],
    [
      'a newer schema version',
      (content: string) => content.replace('"schemaVersion": 1', '"schemaVersion": 2'),
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
