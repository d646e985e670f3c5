import { describe, expect, it } from 'vitest';
import { FUNNEL } from '../../../tests/support/exercises';
import { EXERCISES, findExercise } from '../content/manifest';
import { ANSWER_MAX_BYTES } from '../workbook-file/answer-size';
import { answer, exerciseId, isoTime, isWithinAnswerSize, lessonId, normaliseText, trainingSession } from './schemas';

describe('normaliseText: the one form typed text is stored in', () => {
  it('replaces a lone surrogate, high or low, by U+FFFD and keeps a pair', () => {
    expect(normaliseText('a\uD83Db')).toBe('a\uFFFDb');
    expect(normaliseText('a\uDE00b')).toBe('a\uFFFDb');
    expect(normaliseText('x\uD83D')).toBe('x\uFFFD');
    expect(normaliseText('\uDE00x')).toBe('\uFFFDx');
    expect(normaliseText('a\uD83D\uDE00b')).toBe('a😀b');
    expect(normaliseText('\uD83D\uD83D\uDE00')).toBe('\uFFFD😀');
  });

  it('removes every control and bidi override, and nothing else', () => {
    expect(normaliseText('A\u0000m\u001Fi\u007Fn\u0085a\u009F')).toBe('Amina');
    expect(normaliseText('\u202Aa\u202Eb\u2066c\u2069d')).toBe('abcd');
    expect(normaliseText('Zineb\u00A0Tazi é ü')).toBe('Zineb\u00A0Tazi é ü');
    expect(normaliseText('\u0020\u00A0x')).toBe('x');
    expect(normaliseText('a\u2067b\u2068c')).toBe('abc');
  });

  it('composes accents (NFC) and trims', () => {
    expect(normaliseText('  Ame\u0301lie\n')).toBe('Amélie');
    expect(normaliseText('Ame\u0301lie')).toHaveLength(6);
  });
});

describe('ids of this build’s lessons', () => {
  it('refuse what is not an id before asking the lessons, in French', () => {
    for (const bad of ['../etc', `${FUNNEL}/x`, `x${FUNNEL.replace(/^./, '/')}`, '-a', 'A', `${FUNNEL}\n`, '']) {
      expect(exerciseId.safeParse(bad).error?.issues[0]?.message, JSON.stringify(bad)).toBe(
        'Identifiant d’exercice invalide.',
      );
      expect(lessonId.safeParse(bad).error?.issues[0]?.message, JSON.stringify(bad)).toBe(
        'Identifiant de leçon invalide.',
      );
    }
    expect(exerciseId.safeParse('a'.repeat(65)).error?.issues[0]?.message).toBe('Identifiant d’exercice invalide.');
  });

  it('refuse a well-formed id no lesson has, saying so', () => {
    expect(exerciseId.safeParse('exercice-inconnu').error?.issues[0]?.message).toMatch(/^Exercice inconnu/);
    expect(lessonId.safeParse('lecon-inconnue').error?.issues[0]?.message).toMatch(/^Leçon inconnue/);
    expect(exerciseId.safeParse(FUNNEL).success).toBe(true);
  });
});

describe('times and dates', () => {
  it('accept ISO times from 2000 to 2100 only', () => {
    expect(isoTime.safeParse('2000-01-01T00:00:00.000Z').success).toBe(true);
    expect(isoTime.safeParse('2100-12-31T23:59:59.999Z').success).toBe(true);
    expect(isoTime.safeParse('1999-12-31T23:59:59.999Z').error?.issues[0]?.message).toBe(
      'La date doit être comprise entre 2000 et 2100.',
    );
    expect(isoTime.safeParse('2101-01-01T00:00:00.000Z').error?.issues[0]?.message).toBe(
      'La date doit être comprise entre 2000 et 2100.',
    );
  });

  it('accept a calendar day that exists, within the years', () => {
    const session = (date: string) =>
      trainingSession.safeParse({
        title: 'CM Day',
        date,
        place: '',
        trainer: '',
        organiser: '',
        lessons: [],
        durationHours: 7,
      });
    expect(session('2024-02-29').success).toBe(true);
    expect(session('2025-02-29').error?.issues[0]?.message).toBe('Cette date n’existe pas.');
    expect(session('2026-04-31').error?.issues[0]?.message).toBe('Cette date n’existe pas.');
    expect(session('1999-12-31').error?.issues[0]?.message).toBe('La date doit être comprise entre 2000 et 2100.');
    expect(session('2100-12-31').success).toBe(true);
  });
});

describe('an answer fits its exercise', () => {
  const at = '2026-05-02T08:00:00.000Z';

  it('names the kind it got and the kind the exercise saves', () => {
    const kind = findExercise(FUNNEL)!.kind;
    const result = answer.safeParse({
      exerciseId: FUNNEL,
      value: { kind: 'reflection', text: 'x' },
      revision: 1,
      updatedAt: at,
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        code: 'custom',
        path: ['value', 'kind'],
        message: `Cette réponse (« reflection ») ne correspond pas à l’exercice ${FUNNEL} (« ${kind} »).`,
      }),
    ]);
  });

  it('refuses, in French, an answer longer than its kind allows', () => {
    const reflection = EXERCISES.find((e) => e.kind === 'reflection')!;
    // Control characters escape to six bytes each: the one way a valid reflection outgrows its size.
    const result = answer.safeParse({
      exerciseId: reflection.id,
      value: { kind: 'reflection', text: '\u0001'.repeat(4000) },
      revision: 1,
      updatedAt: at,
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'custom', path: ['value'], message: 'Cette réponse est trop longue.' }),
    ]);
    expect(
      answer.safeParse({
        exerciseId: reflection.id,
        value: { kind: 'reflection', text: 'é'.repeat(4000) },
        revision: 1,
        updatedAt: at,
      }).success,
    ).toBe(true);
  });

  it('is no longer than its kind allows, counted in UTF-8 bytes of canonical JSON', () => {
    const overhead = '{"kind":"reflection","text":""}'.length;
    const ascii = ANSWER_MAX_BYTES.reflection - overhead;
    expect(isWithinAnswerSize({ kind: 'reflection', text: 'a'.repeat(ascii) })).toBe(true);
    expect(isWithinAnswerSize({ kind: 'reflection', text: 'a'.repeat(ascii + 1) })).toBe(false);
    // Bytes, not characters: a third as many three-byte characters fill it.
    const euros = Math.floor(ascii / 3);
    expect(isWithinAnswerSize({ kind: 'reflection', text: '€'.repeat(euros) })).toBe(true);
    expect(isWithinAnswerSize({ kind: 'reflection', text: '€'.repeat(euros + 1) })).toBe(false);
    const longest = answer.safeParse({
      exerciseId: FUNNEL,
      value: { kind: 'funnel', counts: Array(12).fill(0.0000012345678901234567) },
      revision: 1,
      updatedAt: at,
    });
    expect(longest.success).toBe(true);
  });
});
