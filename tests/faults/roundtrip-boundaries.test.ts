import { describe, expect, it } from 'vitest';
import { contract, maxBodyBytes } from '../../src/shared/api';
import { REVISION_MAX, profileName } from '../../src/shared/api/schemas';
import { EXERCISE_IDS, LESSON_IDS } from '../../src/shared/content/manifest';
import { CMWB_MAX_BYTES } from '../../src/shared/workbook-file/schema';
import { sealWorkbook } from '../../src/main/service/workbook-file';
import { FUNNEL, LESSON, funnelValue } from '../support/exercises';
import { useService, type TestService } from '../support/service';

const start = useService();
const UUID = '6c8f3da8-9506-4e63-bc36-3a36488a9a92';

async function withAttendee(service: TestService) {
  return (await service.value<{ id: string }>('profile.create', { name: 'Amina' })).id;
}

interface FileShape {
  exportedAt: string;
  session: { date: string; lessons: string[] };
  profiles: {
    createdAt: string;
    answers: { value: Record<string, unknown>; revision: number; updatedAt: string; exerciseId: string }[];
  }[];
}
const firstAnswer = (f: FileShape) => f.profiles[0]!.answers[0]!;

/** An exported file, edited and sealed again: a sound hash, so only validation can refuse it. */
async function editedExport(edit: (file: FileShape) => void): Promise<string> {
  const source = start();
  const profileId = await withAttendee(source);
  await source.value('answer.save', { profileId, exerciseId: FUNNEL, value: funnelValue([10, 1]), revision: 0 });
  const { content } = await source.value<{ content: string }>('workbook.export', {});
  const { sha256: _old, ...file } = JSON.parse(content);
  edit(file);
  return JSON.stringify(sealWorkbook(file));
}

async function importRefusal(content: string): Promise<string> {
  const target = start();
  const result = await target.call('workbook.import', { content });
  expect(await target.value<unknown[]>('profile.list', {})).toEqual([]);
  if (result.ok) throw new Error('imported');
  expect(result.error.code).toBe('invalid_input');
  return result.error.message;
}

describe('names are stored in one well-formed form, and counted after it', () => {
  it.each([
    ['a lone surrogate, replaced by one U+FFFD', `${'a'.repeat(79)}\uD800`, `${'a'.repeat(79)}\uFFFD`],
    ['a lone low surrogate', `Am\uDC00ina`, 'Am\uFFFDina'],
    ['a decomposed accent, composed (NFC)', 'Zine\u0301b', 'Zinéb'],
    ['bidi overrides and isolates, removed', '\u202EAmina\u202C \u2067علي\u2069', 'Amina علي'],
    ['C0 and C1 controls, removed', 'Am\u0000in\u0085a\u0007', 'Amina'],
    ['80 letters after 20 invisible characters', '\u202A'.repeat(20) + 'é'.repeat(80), 'é'.repeat(80)],
    ['an emoji pair, kept', 'Omar 🎉', 'Omar 🎉'],
  ])('%s', (_label, typed, stored) => {
    expect(profileName.parse(typed)).toBe(stored);
    expect(profileName.parse(stored)).toBe(stored);
  });

  it('refuses a name of invisible characters only, and one over 80 once cleaned', () => {
    expect(profileName.safeParse('\u202E\u0007 ').error?.issues[0]?.message).toMatch(/Saisissez un nom/);
    expect(profileName.safeParse('é'.repeat(81)).error?.issues[0]?.message).toMatch(/80 caractères/);
  });

  it('exports and imports again a name typed with a lone surrogate at the length limit', async () => {
    const source = start();
    await source.value('profile.create', { name: `${'z'.repeat(79)}\uDBFF` });
    const { content } = await source.value<{ content: string }>('workbook.export', {});
    const target = start();
    expect(await target.value('workbook.import', { content })).toMatchObject({ profiles: { new: 1 } });
    expect(await target.value('profile.list', {})).toMatchObject([{ name: `${'z'.repeat(79)}\uFFFD` }]);
  });
});

describe('exercise and lesson ids are the lessons’ own', () => {
  it('knows the lessons of this build', () => {
    expect(LESSON_IDS).toContain(LESSON);
    expect(EXERCISE_IDS).toContain(FUNNEL);
  });

  // A valid id with junk around it: only the pattern's ^ and $ refuse these as malformed.
  it.each([`${FUNNEL}\n`, `x/${FUNNEL}`, `${FUNNEL}/..`, ` ${FUNNEL}`, `${FUNNEL}_1`, `${FUNNEL}É`])(
    'refuses the malformed exercise id %j at answer.save',
    async (exerciseId) => {
      const service = start();
      const profileId = await withAttendee(service);
      const result = await service.call('answer.save', {
        profileId,
        exerciseId,
        value: funnelValue([1, 1]),
        revision: 0,
      });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringMatching(/^Identifiant d’exercice invalide/) },
      });
    },
  );

  it.each([`${LESSON}\n`, `x/${LESSON}`, ` ${LESSON}`, `${LESSON}_1`])(
    'refuses the malformed lesson id %j at session.update',
    async (lesson) => {
      const service = start();
      const session = await service.value<Record<string, unknown>>('session.get', {});
      expect(await service.call('session.update', { ...session, lessons: [lesson] })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringMatching(/^Identifiant de leçon invalide/) },
      });
    },
  );

  it('refuses a well-formed exercise id that no lesson has, at answer.save and inside a file', async () => {
    const service = start();
    const profileId = await withAttendee(service);
    const unknown = `${FUNNEL}-bis`;
    expect(
      await service.call('answer.save', { profileId, exerciseId: unknown, value: funnelValue([1, 1]), revision: 0 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/Exercice inconnu/) },
    });
    expect(await service.value('answer.list', { profileId })).toEqual([]);
    const file = await editedExport((f) => (firstAnswer(f).exerciseId = unknown));
    expect(await importRefusal(file)).toMatch(/Exercice inconnu/);
  });

  it('refuses a well-formed lesson id that does not exist, at session.update and inside a file', async () => {
    const service = start();
    const session = await service.value<Record<string, unknown>>('session.get', {});
    expect(await service.call('session.update', { ...session, lessons: [LESSON, 'lecon-inventee'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/Leçon inconnue/) },
    });
    expect(await service.value('session.update', { ...session, lessons: [LESSON] })).toMatchObject({
      lessons: [LESSON],
    });
    const file = await editedExport((f) => (f.session.lessons = ['lecon-inventee']));
    expect(await importRefusal(file)).toMatch(/Leçon inconnue/);
  });

  it('refuses an answer of another kind than its exercise saves', async () => {
    const quiz = { kind: 'quiz', questions: [{ chosen: [0], correct: true }], score: 1 };
    const service = start();
    const profileId = await withAttendee(service);
    expect(
      await service.call('answer.save', { profileId, exerciseId: FUNNEL, value: quiz, revision: 0 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/ne correspond pas/) },
    });
    const file = await editedExport((f) => (firstAnswer(f).value = quiz));
    expect(await importRefusal(file)).toMatch(/ne correspond pas/);
  });
});

describe('numbers and dates stay in range', () => {
  it('accepts a count of 10^12 and refuses one above, at answer.save and inside a file', async () => {
    const service = start();
    const profileId = await withAttendee(service);
    const save = (counts: number[], revision: number) =>
      service.call('answer.save', { profileId, exerciseId: FUNNEL, value: funnelValue(counts), revision });
    expect(await save([1e12, 1], 0)).toMatchObject({ ok: true });
    expect(await save([1e12 + 1, 1], 1)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const file = await editedExport((f) => (firstAnswer(f).value.counts = [1e12 + 1, 1]));
    await importRefusal(file);
  });

  it.each(['1999-12-31', '2101-01-01', '0001-01-01'])('refuses the session date %s', async (date) => {
    const service = start();
    const session = await service.value<Record<string, unknown>>('session.get', {});
    expect(await service.call('session.update', { ...session, date })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/entre 2000 et 2100/) },
    });
    const file = await editedExport((f) => (f.session.date = date));
    expect(await importRefusal(file)).toMatch(/entre 2000 et 2100/);
  });

  it.each([
    ['an answer time', (f: FileShape) => (firstAnswer(f).updatedAt = '1999-12-31T23:59:59.999Z')],
    ['an attendee creation time', (f: FileShape) => (f.profiles[0]!.createdAt = '2101-01-01T00:00:00.000Z')],
    ['the export time', (f: FileShape) => (f.exportedAt = '1970-01-01T00:00:00.000Z')],
  ])('refuses %s outside 2000–2100 inside a file', async (_label, edit) => {
    expect(await importRefusal(await editedExport(edit))).toMatch(/entre 2000 et 2100/);
  });

  it('accepts the first and last days of the range', async () => {
    const service = start();
    const session = await service.value<Record<string, unknown>>('session.get', {});
    expect(await service.call('session.update', { ...session, date: '2000-01-01' })).toMatchObject({ ok: true });
    expect(await service.call('session.update', { ...session, date: '2100-12-31' })).toMatchObject({ ok: true });
  });
});

describe('revisions are capped wherever they cross a boundary', () => {
  it('refuses a revision near 2^53 at answer.save and inside a file', async () => {
    const service = start();
    const profileId = await withAttendee(service);
    for (const revision of [2 ** 53 - 1, REVISION_MAX + 1]) {
      expect(
        await service.call('answer.save', { profileId, exerciseId: FUNNEL, value: funnelValue([1, 1]), revision }),
      ).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: 'Révision invalide. (champ « revision »)' },
      });
    }
    const file = await editedExport((f) => (firstAnswer(f).revision = 2 ** 53 - 1));
    expect(await importRefusal(file)).toMatch(/Révision invalide/);
  });

  it('refuses, in French, the save that would pass the cap, and keeps the answer', async () => {
    const service = start();
    const profileId = await withAttendee(service);
    await service.value('answer.save', { profileId, exerciseId: FUNNEL, value: funnelValue([1, 1]), revision: 0 });
    service.workbook.db.prepare('UPDATE answer SET revision = ?').run(REVISION_MAX);
    expect(
      await service.call('answer.save', {
        profileId,
        exerciseId: FUNNEL,
        value: funnelValue([2, 1]),
        revision: REVISION_MAX,
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/nombre maximal/) } });
    expect(await service.value('answer.list', { profileId })).toMatchObject([
      { value: funnelValue([1, 1]), revision: REVISION_MAX },
    ]);
  });

  it('refuses, in preview and import, a file that would push an answer past the cap', async () => {
    let t = Date.parse('2026-05-02T08:00:00Z');
    const service = start(() => new Date(t));
    const profileId = await withAttendee(service);
    await service.value('answer.save', { profileId, exerciseId: FUNNEL, value: funnelValue([1, 1]), revision: 0 });
    const { content } = await service.value<{ content: string }>('workbook.export', {});
    const { sha256: _old, ...file } = JSON.parse(content);
    Object.assign(file.profiles[0].answers[0], { value: funnelValue([5, 1]), updatedAt: '2026-05-02T10:00:00.000Z' });
    const newer = JSON.stringify(sealWorkbook(file));
    service.workbook.db.prepare('UPDATE answer SET revision = ?').run(REVISION_MAX);
    t += 1;
    for (const method of ['workbook.preview', 'workbook.import']) {
      expect(await service.call(method, { content: newer })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringMatching(/nombre maximal/) },
      });
    }
    expect(await service.value('answer.list', { profileId })).toMatchObject([{ value: funnelValue([1, 1]) }]);
  });
});

describe('the import size limit, on each layer', () => {
  it('the contract refuses a text over the limit and passes one at it', () => {
    for (const method of ['workbook.preview', 'workbook.import'] as const) {
      const input = contract[method].input;
      const over = input.safeParse({ content: 'é'.repeat(Math.floor(CMWB_MAX_BYTES / 2) + 1) });
      expect(over.error?.issues[0]?.message).toMatch(/^Fichier trop volumineux : \d+,\d Mio au plus\.$/);
      expect(input.safeParse({ content: 'x'.repeat(CMWB_MAX_BYTES) }).success).toBe(true);
    }
  });

  it('the hosts’ body limits leave room for the biggest file once escaped into JSON', () => {
    const worst = JSON.stringify({ content: '"'.repeat(CMWB_MAX_BYTES) });
    for (const method of ['workbook.preview', 'workbook.import'] as const) {
      expect(maxBodyBytes(method)).toBeGreaterThanOrEqual(Buffer.byteLength(worst));
    }
  });
});

describe('workbook.export', () => {
  it('exports an attendee asked for twice once', async () => {
    const service = start();
    const profileId = await withAttendee(service);
    const { content } = await service.value<{ content: string }>('workbook.export', {
      profileIds: [profileId, profileId, profileId],
    });
    expect(JSON.parse(content).profiles).toHaveLength(1);
    expect(await start().value('workbook.import', { content })).toMatchObject({ profiles: { new: 1 } });
    expect(await service.call('workbook.export', { profileIds: [UUID] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('rows saved before these checks still export to a file that imports', () => {
  it('cuts an overlong name, and leaves out lessons and exercises this version does not have', async () => {
    const source = start();
    const profileId = await withAttendee(source);
    await source.value('answer.save', { profileId, exerciseId: FUNNEL, value: funnelValue([4, 1]), revision: 0 });
    const session = await source.value<Record<string, unknown>>('session.get', {});
    await source.value('session.update', { ...session, lessons: [LESSON] });
    const { db } = source.workbook;
    // What an earlier version could store: 80 characters for SQLite, whose lone
    // surrogate reads back as three U+FFFD (82), and content since retired.
    db.prepare('UPDATE profile SET name = ?').run(`\u202E${'y'.repeat(78)}\uD800`);
    expect(await source.value('profile.list', {})).toMatchObject([
      { name: `\u202E${'y'.repeat(78)}\uFFFD\uFFFD\uFFFD` },
    ]);
    db.prepare('INSERT INTO answer (profile_id, exercise_id, value, revision, updated_at) VALUES (?, ?, ?, 1, ?)').run(
      profileId,
      'exercice-retire',
      JSON.stringify(funnelValue([1, 1])),
      '2026-05-02T08:00:00.000Z',
    );
    db.prepare('UPDATE training_session SET lessons = ?').run(JSON.stringify([LESSON, 'lecon-retiree']));

    const { content } = await source.value<{ content: string }>('workbook.export', {});
    const target = start();
    expect(await target.value('workbook.import', { content })).toMatchObject({
      profiles: { new: 1 },
      answers: { new: 1 },
    });
    expect(await target.value('profile.list', {})).toMatchObject([{ name: `${'y'.repeat(78)}\uFFFD\uFFFD` }]);
    expect(await target.value('answer.list', { profileId })).toMatchObject([{ exerciseId: FUNNEL }]);
    expect(await target.value('session.get', {})).toMatchObject({ lessons: [LESSON] });
  });
});
