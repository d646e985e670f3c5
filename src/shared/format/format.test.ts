import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCount, formatMad, formatPercent, parseNumberInput } from './index';

const NNBSP = '\u202f';

describe('formatting in French', () => {
  it('formats rates as French percentages', () => {
    expect(formatPercent(0.125)).toBe(`12,5${NNBSP}%`);
    expect(formatPercent(0.05, { digits: 0 })).toBe(`5${NNBSP}%`);
    expect(formatPercent(1.5)).toBe(`150,0${NNBSP}%`);
    expect(formatPercent(null)).toBe('—');
  });

  it('formats money in MAD and counts with thousands spaces', () => {
    expect(formatMad(1250)).toBe(`1${NNBSP}250,00\u00a0MAD`);
    expect(formatCount(24000)).toBe(`24${NNBSP}000`);
    expect(formatCount(null)).toBe('—');
  });
});

describe('parseNumberInput accepts what an attendee types', () => {
  it.each([
    ['1200', 1200, false],
    ['1 200', 1200, false],
    ['1\u00a0200,50', 1200.5, false],
    [`1${NNBSP}200`, 1200, false],
    ['1200,5', 1200.5, false],
    ['1200.5', 1200.5, false],
    ['  42  ', 42, false],
    ['12 %', 0.12, true],
    ['12%', 0.12, true],
    ['12,5 %', 0.125, true],
    ['١٢٣٤', 1234, false],
    ['١٢٣٤٫٥', 1234.5, false],
    ['0', 0, false],
    ['1.200,5', 1200.5, false],
  ])('%j → %d', (text, value, isPercent) => {
    expect(parseNumberInput(text)).toEqual({ ok: true, value, isPercent });
  });

  it('accepts a minus only where the caller allows it', () => {
    expect(parseNumberInput('-15', { allowNegative: true })).toEqual({ ok: true, value: -15, isPercent: false });
    const refused = parseNumberInput('-15');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatch(/négatif/);
  });

  it.each([
    ['', /Saisissez un nombre/],
    ['   ', /Saisissez un nombre/],
    ['abc', /n’est pas un nombre/],
    ['1,2,3', /seul séparateur décimal/],
    ['24.000', /se lit de deux façons/],
    ['1e309', /sans « e »/],
    ['Infinity', /fini/],
    ['NaN', /fini/],
    ['1234567890123456', /15 chiffres/],
    ['12 34', /groupes de trois/],
  ])('refuses %j with a French message', (text, message) => {
    const result = parseNumberInput(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('accepts exactly 15 significant digits', () => {
    expect(parseNumberInput('123456789012345')).toEqual({ ok: true, value: 123456789012345, isPercent: false });
  });

  it('round-trips formatPercent → parseNumberInput', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), (tenThousandths, digits) => {
        const rate = tenThousandths / 10_000;
        const parsed = parseNumberInput(formatPercent(rate, { digits }));
        // « 1,000 % » could be 1 or 1 000: refused with both readings, never misread.
        if (!parsed.ok) {
          expect(digits).toBe(3);
          expect(parsed).toHaveProperty('readings');
          return;
        }
        expect(parsed.isPercent).toBe(true);
        // Shown with `digits` decimals of a percentage: off by at most half a unit of the last digit.
        const halfUnit = (0.5 * 10 ** -digits) / 100;
        expect(Math.abs(parsed.value - rate)).toBeLessThanOrEqual(halfUnit + 1e-12);
      }),
    );
  });

  it('round-trips formatCount → parseNumberInput', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseNumberInput(formatCount(n))).toEqual({ ok: true, value: n, isPercent: false });
      }),
    );
  });
});
