import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumberInput } from './parse-number';

const NNBSP = '\u202f';

/** Locales attendees live with, and ones whose marks are swapped or unusual. */
const LOCALES = ['fr-FR', 'fr-MA', 'ar-MA', 'ar-EG', 'ar-SA', 'fa-IR', 'en-US', 'de-DE', 'de-CH', 'es-ES', 'fr-CH'];

describe('what Intl writes reads back as the same number', () => {
  it('this Node has the locales the property relies on', () => {
    // Without full ICU, ar-EG falls back to Latin digits and the property would test less than it says.
    expect(new Intl.NumberFormat('ar-EG').format(1234.5)).toBe('١٬٢٣٤٫٥');
    expect(new Intl.NumberFormat('fa-IR').format(-1234.5)).toBe('\u200e\u2212۱٬۲۳۴٫۵');
    expect(new Intl.NumberFormat('fr-MA').format(1234.5)).toBe('1.234,5');
    expect(new Intl.NumberFormat('ar-MA').format(-1234.5)).toBe('\u200e-1.234,5');
  });

  it.each([
    [`1${NNBSP}234,5`, 1234.5],
    ['1.234,5', 1234.5],
    ['1.234.567,891', 1234567.891],
    ['١٬٢٣٤٫٥', 1234.5],
    ['۱٬۲۳۴٫۵', 1234.5],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['1.200.000', 1200000],
    ["1'234.5", 1234.5],
    ['1’234’567', 1234567],
    [`1${NNBSP}234,567`, 1234.567],
    ['1234,567', 1234.567],
    ['0,500', 0.5],
    ['٢٤٫٠٠٠', 24],
    ['٢٤٬٠٠٠', 24000],
  ])('%j → %d', (text, value) => {
    expect(parseNumberInput(text)).toEqual({ ok: true, value, isPercent: false });
  });

  it('reads every Intl number either as the value written or as an ambiguity that offers it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 1e12 }),
        fc.boolean(),
        fc.boolean(),
        (locale, digits, units, negative, useGrouping) => {
          const value = ((negative && units > 0 ? -1 : 1) * units) / 10 ** digits;
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping }).format(value);
          const parsed = parseNumberInput(text, { allowNegative: true });
          if (parsed.ok) {
            expect(parsed).toEqual({ ok: true, value, isPercent: false });
          } else {
            expect(parsed.readings, `${locale} ${JSON.stringify(text)}: ${parsed.error}`).toBeDefined();
            expect([parsed.readings!.thousands, parsed.readings!.decimal]).toContain(value);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads every Intl percentage as its rate, or as an ambiguity that offers it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 1e9 }),
        (locale, digits, units) => {
          const rate = units / 10 ** (digits + 2);
          const text = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(rate);
          const parsed = parseNumberInput(text);
          const near = (x: number) => Math.abs(x - rate) <= 1e-12 * Math.max(1, rate);
          if (parsed.ok) {
            expect(parsed.isPercent).toBe(true);
            expect(near(parsed.value), `${locale} ${JSON.stringify(text)} → ${parsed.value}`).toBe(true);
          } else {
            expect(parsed.readings, `${locale} ${JSON.stringify(text)}: ${parsed.error}`).toBeDefined();
            expect(near(parsed.readings!.thousands) || near(parsed.readings!.decimal)).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('a number that could be read two ways is refused', () => {
  it.each([
    [
      '24.000',
      24000,
      24,
      `24${NNBSP}000 ou 24,000 ?`,
      `Tapez 24${NNBSP}000 pour des milliers, ou 24 pour des décimales.`,
    ],
    ['24,000', 24000, 24, `24${NNBSP}000 ou 24,000 ?`, 'ou 24 pour des décimales'],
    ['1.250', 1250, 1.25, `1${NNBSP}250 ou 1,250 ?`, 'ou 1,25 pour des décimales'],
    ['1,234', 1234, 1.234, `1${NNBSP}234 ou 1,234 ?`, 'ou 1,2340 pour des décimales'],
    ['٢٤,٠٠٠', 24000, 24, `24${NNBSP}000 ou 24,000 ?`, 'ou 24 pour'],
  ])('%j offers both readings', (text, thousands, decimal, readings, advice) => {
    const parsed = parseNumberInput(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.readings).toEqual({ thousands, decimal });
    expect(parsed.error).toContain(`« ${text} » se lit de deux façons`);
    expect(parsed.error).toContain(readings);
    expect(parsed.error).toContain(advice);
  });

  it('keeps the sign and the percent in both readings', () => {
    const parsed = parseNumberInput('−12,500 %', { allowNegative: true });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.readings).toEqual({ thousands: -125, decimal: -0.125 });
    expect(parsed.error).toContain(`-12${NNBSP}500${NNBSP}% ou -12,500${NNBSP}% ?`);
  });

  it('accepts each advised spelling as the reading it names', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom('.', ','),
        (i, f, mark) => {
          const parsed = parseNumberInput(`${i}${mark}${String(f).padStart(3, '0')}`);
          expect(parsed.ok).toBe(false);
          if (parsed.ok) return;
          const advice = /Tapez (.+) pour des milliers, ou (.+) pour des décimales\.$/.exec(parsed.error);
          expect(advice).not.toBeNull();
          expect(parseNumberInput(advice![1]!)).toEqual({
            ok: true,
            value: parsed.readings!.thousands,
            isPercent: false,
          });
          expect(parseNumberInput(advice![2]!)).toEqual({
            ok: true,
            value: parsed.readings!.decimal,
            isPercent: false,
          });
        },
      ),
    );
  });

  it.each([
    ['1.234,5.6', /seul séparateur décimal/],
    ['1,2.5', /groupes de trois/],
    [`1${NNBSP}234.567.890`, /qu’une sorte de séparateur/],
    ['1,234 567', /qu’une sorte de séparateur/],
    ['12.34.567', /seul séparateur décimal/],
    ['1٫2٫3', /seul séparateur décimal/],
    ['1,,5', /n’est pas un nombre/],
    ['.5', /n’est pas un nombre/],
    ['5.', /n’est pas un nombre/],
  ])('refuses %j', (text, message) => {
    const parsed = parseNumberInput(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe('Arabic and typographic signs', () => {
  it.each([
    ['٠١٢٣٤٥٦٧٨٩', 123456789, false],
    ['۰۱۲۳۴۵۶۷۸۹', 123456789, false],
    ['١٢٪', 0.12, true],
    ['١٢٫٥٪\u061c', 0.125, true],
    ['13\u200e%\u200e', 0.13, true],
  ])('%j → %d', (text, value, isPercent) => {
    expect(parseNumberInput(text)).toEqual({ ok: true, value, isPercent });
  });

  it('reads U+2212 as a minus, refused where negatives are', () => {
    expect(parseNumberInput('\u221215', { allowNegative: true })).toEqual({ ok: true, value: -15, isPercent: false });
    expect(parseNumberInput('\u2212٠٫٥', { allowNegative: true })).toEqual({ ok: true, value: -0.5, isPercent: false });
    const refused = parseNumberInput('\u221215');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatch(/négatif/);
  });
});

describe('refusals suggest what the field expects', () => {
  it('suggests no percentage unless the field asks for one', () => {
    const plain = parseNumberInput('abc');
    expect(plain.ok).toBe(false);
    if (!plain.ok)
      expect(plain.error).toBe(`« abc » n’est pas un nombre. Saisissez des chiffres, par exemple 1${NNBSP}200.`);
    const percent = parseNumberInput('abc', { example: `6,5${NNBSP}%` });
    if (!percent.ok) expect(percent.error).toContain(`par exemple 6,5${NNBSP}%.`);
  });

  it('asks for digits, not words, when an exponent is typed', () => {
    const parsed = parseNumberInput('1e6');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toBe('Écrivez le nombre en chiffres, sans « e » (ex. 1 200 000).');
  });
});
