import { describe, expect, it } from 'vitest';
import { readTypedAnswer } from './typed-answer';

describe('readTypedAnswer reads the unit the question shows', () => {
  it.each([
    ['6', 6, 0, null],
    ['6 %', 6, 0, 'percent'],
    ['6,0 %', 6, 0, 'percent'],
    ['6,3\u202f%', 6.3, 1, 'percent'],
    ['٦٫٣٪', 6.3, 1, 'percent'],
    ['0,07 %', 0.07, 2, 'percent'],
    ['0,06', 0.06, 2, null],
    ['×3', 3, 0, 'multiple'],
  ] as const)('a rate: %j → %d (%d decimals)', (text, value, decimals, sign) => {
    expect(readTypedAnswer(text, 'percent')).toEqual({ ok: true, value, decimals, sign });
  });

  it.each([
    ['12,5', 12.5, null],
    ['12,50 MAD', 12.5, 'mad'],
    ['12,5 mad', 12.5, 'mad'],
    ['12,5 DH', 12.5, 'mad'],
    ['12,5DH', 12.5, 'mad'],
    ['12,5 Dhs', 12.5, 'mad'],
    ['12,5 dirhams', 12.5, 'mad'],
    ['12,5 د.م.', 12.5, 'mad'],
    ['1 250,00\u00a0MAD', 1250, 'mad'],
  ] as const)('money: %j → %d', (text, value, sign) => {
    expect(readTypedAnswer(text, 'mad')).toMatchObject({ ok: true, value, sign });
  });

  it.each([
    ['3', 3, null],
    ['3,0', 3, null],
    ['×3', 3, 'multiple'],
    ['x3', 3, 'multiple'],
    ['3x', 3, 'multiple'],
    ['3 X', 3, 'multiple'],
    ['2,5 fois', 2.5, 'multiple'],
    ['300 %', 3, 'percent'],
    ['250%', 2.5, 'percent'],
  ] as const)('a multiple: %j → %d', (text, value, sign) => {
    expect(readTypedAnswer(text, 'multiple')).toMatchObject({ ok: true, value, sign });
  });

  it.each([
    ['12 MAD', 'percent', 'pas un montant'],
    ['12 %', 'mad', 'pas un pourcentage'],
    ['×12', 'mad', 'pas un multiple'],
    ['3 DH', 'multiple', 'sans unité'],
    ['3 % DH', 'mad', 'deux unités'],
    ['12 %', 'count', 'pas un pourcentage'],
    ['MAD', 'mad', 'n’est pas un nombre'],
    ['x', 'multiple', 'Saisissez un nombre.'],
  ] as const)('refuses %j where a %s is asked', (text, unit, message) => {
    const read = readTypedAnswer(text, unit);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(message);
  });

  it('reads a minus only where the metric can be negative', () => {
    expect(readTypedAnswer('−20 %', 'percent', { allowNegative: true })).toEqual({
      ok: true,
      value: -20,
      decimals: 0,
      sign: 'percent',
    });
    expect(readTypedAnswer('−20 %', 'percent')).toMatchObject({ ok: false, message: expect.stringMatching(/négatif/) });
  });

  it('shows an example in the unit asked', () => {
    expect(readTypedAnswer('beaucoup', 'percent')).toMatchObject({ message: expect.stringContaining('6,5\u202f%') });
    expect(readTypedAnswer('beaucoup', 'mad')).toMatchObject({ message: expect.stringContaining('12,50\u00a0MAD') });
    expect(readTypedAnswer('beaucoup', 'multiple')).toMatchObject({
      message: expect.stringContaining('par exemple 2,5.'),
    });
  });
});

describe('readTypedAnswer around the unit signs', () => {
  it('reads a unit sign with spaces around the whole answer', () => {
    expect(readTypedAnswer('  12,50 MAD  ', 'mad')).toEqual({ ok: true, value: 12.5, decimals: 1, sign: 'mad' });
    expect(readTypedAnswer('  ×3  ', 'multiple')).toEqual({ ok: true, value: 3, decimals: 0, sign: 'multiple' });
  });

  it('quotes two units as typed, without the spaces around them', () => {
    expect(readTypedAnswer('  3 % DH  ', 'mad')).toEqual({
      ok: false,
      message: '« 3 % DH » mêle deux unités : gardez-en une.',
    });
  });
});
