import { describe, expect, it } from 'vitest';
import { parseNumberInput } from './parse-number';

const value = (text: string, options?: Parameters<typeof parseNumberInput>[1]) => {
  const parsed = parseNumberInput(text, options);
  return parsed.ok ? parsed.value : parsed.error;
};
const error = (text: string) => {
  const parsed = parseNumberInput(text);
  return parsed.ok ? `accepted ${parsed.value}` : parsed.error;
};

const NOT_A_NUMBER = (typed: string) =>
  `« ${typed} » n’est pas un nombre. Saisissez des chiffres, par exemple 1\u202f200.`;
const GROUPS = 'Les milliers se séparent par groupes de trois chiffres (ex. 24 000).';

describe('significant digits are counted without the zeros around them', () => {
  it('ignores leading zeros of the integer and trailing zeros of the fraction, not zeros inside', () => {
    expect(value('00000000000000001')).toBe(1);
    expect(value('1,0000000000000000')).toBe(1);
    expect(value('1,10100000000000000')).toBe(1.101);
    expect(error('1,1000000000000001')).toBe('Trop de chiffres : 15 chiffres significatifs au maximum.');
  });
});

describe('thousands groups', () => {
  it('want 1 to 3 digits first, then groups of three', () => {
    expect(error('1234 567')).toBe(GROUPS);
    expect(error('1234.567.890')).toMatch(/séparateur décimal|groupes de trois/);
    expect(value('123 456')).toBe(123456);
  });

  it('may mix the kinds of spaces a keyboard or a spreadsheet writes, never two families', () => {
    expect(value('1 200\u00a0000')).toBe(1200000);
    expect(value('1\u202f200\u2009000')).toBe(1200000);
    expect(error("1 200'000")).toBe('Un nombre n’utilise qu’une sorte de séparateur de milliers (ex. 1 200 000).');
  });

  it('say « groups of three » for a doubled space, and « not a number » for a mark beside a space', () => {
    expect(error('1  200')).toBe(GROUPS);
    expect(error('1, 200')).toBe(NOT_A_NUMBER('1, 200'));
  });

  it('refuse an Arabic decimal mark before a group', () => {
    expect(error('1\u066b500 000')).toBe(GROUPS);
    expect(value('1 500\u066b25')).toBe(1500.25);
  });
});

describe('what is not a number', () => {
  it('quotes the text as typed, without the spaces around it', () => {
    expect(error('  abc ')).toBe(NOT_A_NUMBER('abc'));
  });

  it('refuses letters anywhere, even between digits', () => {
    expect(error('1a234')).toBe(NOT_A_NUMBER('1a234'));
    expect(error('1a2')).toBe(NOT_A_NUMBER('1a2'));
    expect(error("'5")).toBe(NOT_A_NUMBER("'5"));
  });

  it('reads infinity and NaN only as whole words', () => {
    expect(error('Infinity')).toBe('Saisissez un nombre fini, par exemple 1\u202f200.');
    expect(error('∞')).toBe('Saisissez un nombre fini, par exemple 1\u202f200.');
    expect(error('abcnan')).toBe(NOT_A_NUMBER('abcnan'));
    expect(error('nanx')).toBe(NOT_A_NUMBER('nanx'));
    expect(error('12 infinity')).toBe(NOT_A_NUMBER('12 infinity'));
  });

  it('names an exponent, with or without its sign', () => {
    for (const text of ['1e5', '1e+5', '1E-5']) {
      expect(error(text)).toBe('Écrivez le nombre en chiffres, sans « e » (ex. 1 200 000).');
    }
  });

  it('uses the example the field asks for', () => {
    const parsed = parseNumberInput('abc', { example: '12,5 %' });
    expect(parsed.ok ? null : parsed.error).toBe(
      '« abc » n’est pas un nombre. Saisissez des chiffres, par exemple 12,5 %.',
    );
  });
});

describe('signs', () => {
  it('accepts a space after the minus where negatives are allowed', () => {
    expect(value('- 15', { allowNegative: true })).toBe(-15);
    expect(value('\u2212 15', { allowNegative: true })).toBe(-15);
    expect(value('-12,5 %', { allowNegative: true })).toBe(-0.125);
  });
});
