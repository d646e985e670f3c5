import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, METHODS } from './contract';
import { describeInvalidInput, frenchLocaleError } from './validation';

/** Words of zod's English defaults (« Invalid input: expected object, received null »). */
const ENGLISH = /\b(invalid|expected|received|too big|too small|unrecognized|required|must|should)\b/i;

const BAD_INPUTS: unknown[] = [
  [],
  42,
  'texte',
  true,
  { extra: 1 },
  { profileId: 42, name: [], content: 7, profileIds: 'x' },
  { profileId: 'pas-un-uuid', exerciseId: '', value: { kind: 'autre' }, revision: -1 },
  { title: 1, date: '2026-02-30', lessons: Array.from({ length: 60 }, (_, i) => `l${i}`), durationHours: 'x' },
];

afterEach(() => {
  z.config({ localeError: frenchLocaleError });
});

describe('validation messages', () => {
  it('are French for every method and every kind of bad input, down to each zod issue', () => {
    let checked = 0;
    for (const method of METHODS) {
      for (const input of BAD_INPUTS) {
        const parsed = contract[method].input.safeParse(input);
        if (parsed.success) continue;
        checked += 1;
        for (const issue of parsed.error.issues) expect(issue.message, `${method} ${issue.code}`).not.toMatch(ENGLISH);
        expect(describeInvalidInput(parsed.error).message).not.toMatch(ENGLISH);
      }
    }
    expect(checked).toBeGreaterThan(METHODS.length * 5);
  });

  it('use zod’s French locale, with a plain sentence for a missing field', () => {
    const schema = z.strictObject({ name: z.string(), age: z.number().max(120) });
    expect(describeInvalidInput(schema.safeParse([]).error!)).toEqual({
      code: 'invalid_input',
      message: 'Entrée invalide : objet attendu, tableau reçu',
    });
    expect(describeInvalidInput(schema.safeParse({ age: 1 }).error!).message).toBe(
      'Champ obligatoire manquant. (champ « name »)',
    );
    expect(describeInvalidInput(schema.safeParse({ name: 'a', age: 200 }).error!).message).toMatch(
      /^Trop grand .* \(champ « age »\)$/,
    );
    expect(describeInvalidInput(schema.safeParse({ name: 'a', age: 1, x: 1 }).error!).message).toBe(
      'Champ inattendu : x.',
    );
  });

  it('never pass on English, even if something set zod back to English', () => {
    z.config(z.locales.en());
    const schema = z.strictObject({ name: z.string(), age: z.number().max(120) });
    const wrongType = schema.safeParse({ name: 42, age: 1 }).error!;
    expect(wrongType.issues[0]!.message).toMatch(/expected string/);
    expect(describeInvalidInput(wrongType).message).toBe('Type de valeur inattendu. (champ « name »)');
    expect(describeInvalidInput(schema.safeParse({ name: 'a', age: 200 }).error!).message).toBe(
      'Valeur trop grande. (champ « age »)',
    );
    expect(describeInvalidInput(schema.safeParse('x').error!).message).not.toMatch(ENGLISH);
  });
});
