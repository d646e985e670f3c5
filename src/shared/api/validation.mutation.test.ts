import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeInvalidInput, frenchLocaleError } from './validation';

/** A zod error with one custom issue, as a refine would raise it. */
const customIssue = (message: string, path: (string | number)[] = []) =>
  new z.ZodError([{ code: 'custom', message, path, input: undefined }]);

describe('describeInvalidInput', () => {
  it('has a sentence even for an error without issues', () => {
    expect(describeInvalidInput(new z.ZodError([]))).toEqual({ code: 'invalid_input', message: 'Données invalides.' });
  });

  it('names a nested field by its whole path, and no field when there is none', () => {
    expect(describeInvalidInput(customIssue('Trop long.', ['profiles', 0, 'name'])).message).toBe(
      'Trop long. (champ « profiles.0.name »)',
    );
    expect(describeInvalidInput(customIssue('Trop long.')).message).toBe('Trop long.');
  });

  it('trims the message, and falls back when nothing is left of it', () => {
    expect(describeInvalidInput(customIssue('  Texte attendu.  ')).message).toBe('Texte attendu.');
    expect(describeInvalidInput(customIssue('   ', ['x'])).message).toBe('Données invalides. (champ « x »)');
    const tooBig = new z.ZodError([
      { code: 'too_big', origin: 'number', maximum: 3, inclusive: true, message: '', path: ['n'], input: 4 },
    ]);
    expect(describeInvalidInput(tooBig).message).toBe('Valeur trop grande. (champ « n »)');
  });

  it('lists every unexpected field', () => {
    const error = z.strictObject({}).safeParse({ b: 1, a: 2 }).error!;
    expect(describeInvalidInput(error).message).toBe('Champ inattendu : b, a.');
  });

  it.each([
    ['Invalid input', 'Données invalides.'],
    ['Too big: expected number to be <=3', 'Données invalides.'],
    ['Too small', 'Données invalides.'],
    ['Unrecognized key', 'Données invalides.'],
    ['Expected string', 'Données invalides.'],
    ['Nombre expected', 'Données invalides.'],
    ['undefined received', 'Données invalides.'],
  ])('replaces zod’s English default %j', (english, french) => {
    expect(describeInvalidInput(customIssue(english)).message).toBe(french);
  });

  it.each([
    'Invalide : la date.',
    'Ce texte contient Invalid au milieu.',
    'Toosmall',
    'Réponse attendue.',
    'Unexpectedly',
    'receivedness',
  ])('keeps a French message that only looks like one: %j', (message) => {
    expect(describeInvalidInput(customIssue(message)).message).toBe(message);
  });
});

describe('zod’s French locale', () => {
  it('says a field is missing only for a value of the wrong type, not for a failed check on an absent one', () => {
    const refused = z
      .unknown()
      .refine(() => false)
      .safeParse(undefined);
    expect(refused.error!.issues[0]!.message).not.toBe('Champ obligatoire manquant.');
    expect(refused.error!.issues[0]!.message).toMatch(/invalide/i);
  });

  it('says a field is missing only when it is absent, not when it is null', () => {
    const schema = z.strictObject({ name: z.string() });
    expect(schema.safeParse({}).error!.issues[0]!.message).toBe('Champ obligatoire manquant.');
    const nullName = schema.safeParse({ name: null }).error!.issues[0]!.message;
    expect(nullName).not.toBe('Champ obligatoire manquant.');
    expect(nullName).toMatch(/attendu/);
    expect(
      frenchLocaleError({
        code: 'too_big',
        origin: 'number',
        maximum: 3,
        inclusive: true,
        input: 4,
        path: [],
      } as never),
    ).toMatch(/^Trop grand/);
  });
});
