import { describe, expect, it } from 'vitest';
import { formatDay } from './dates';
import { formatCount, formatDecimal, formatMad, formatPercent } from './numbers';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatDay writes « 1er » for the first of the month only', () => {
  it.each([
    ['2026-05-11', '11 mai 2026'],
    ['2026-05-21', '21 mai 2026'],
    ['2026-05-31', '31 mai 2026'],
    ['2026-05-10', '10 mai 2026'],
    ['2026-10-01', '1er octobre 2026'],
  ])('%s → %s', (day, shown) => {
    expect(formatDay(day)).toBe(shown);
  });

  it('shows a day given with a time, or with spaces around it, as given', () => {
    expect(formatDay('2026-05-02T00:00:00Z')).toBe('2026-05-02T00:00:00Z');
    expect(formatDay(' 2026-05-02')).toBe(' 2026-05-02');
    expect(formatDay('2026-05-02 ')).toBe('2026-05-02 ');
  });
});

describe('numbers in French', () => {
  it('shows « — » for a missing or non-finite number, whatever the format', () => {
    for (const bad of [null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatPercent(bad)).toBe('—');
      expect(formatMad(bad)).toBe('—');
      expect(formatCount(bad)).toBe('—');
      expect(formatDecimal(bad)).toBe('—');
    }
  });

  it('puts a narrow no-break space before %, and keeps each precision apart', () => {
    expect(formatPercent(0.5, { digits: 0 })).toBe(`50${NNBSP}%`);
    expect(formatPercent(0.5, { digits: 2 })).toBe(`50,00${NNBSP}%`);
    expect(formatPercent(0.5)).toBe(`50,0${NNBSP}%`);
    expect(formatPercent(0.5, { digits: 0 })).toBe(`50${NNBSP}%`);
    expect(formatPercent(12.3456, { digits: 1 })).toBe(`1${NNBSP}234,6${NNBSP}%`);
    expect(formatPercent(-0.05, { digits: 0 })).toBe(`-5${NNBSP}%`);
    expect(formatPercent(0.5)).not.toContain(NBSP);
  });

  it('shows dirhams with two decimals and counts with up to two', () => {
    expect(formatMad(0)).toBe(`0,00${NBSP}MAD`);
    expect(formatMad(1234.5)).toBe(`1${NNBSP}234,50${NBSP}MAD`);
    expect(formatCount(1.256)).toBe('1,26');
    expect(formatCount(0)).toBe('0');
  });

  it('bounds decimals by the digits asked, each pair of bounds its own format', () => {
    expect(formatDecimal(1.25)).toBe('1,25');
    expect(formatDecimal(1.256)).toBe('1,26');
    expect(formatDecimal(2)).toBe('2');
    expect(formatDecimal(1.5, { minimumDigits: 2 })).toBe('1,50');
    expect(formatDecimal(1.25, { maximumDigits: 0 })).toBe('1');
    expect(formatDecimal(1.5, { minimumDigits: 0, maximumDigits: 0 })).toBe('2');
    expect(formatDecimal(1.5, { minimumDigits: 2, maximumDigits: 2 })).toBe('1,50');
    expect(formatDecimal(1.5, { minimumDigits: 1, maximumDigits: 1 })).toBe('1,5');
    // A maximum below the minimum is read as the minimum.
    expect(formatDecimal(1.23456, { minimumDigits: 3, maximumDigits: 1 })).toBe('1,235');
    expect(formatDecimal(1234567.5)).toBe(`1${NNBSP}234${NNBSP}567,5`);
  });
});
