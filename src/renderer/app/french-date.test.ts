import { describe, expect, it } from 'vitest';
import { parseFrenchDate, toFrenchDate } from './french-date';

describe('a date typed the French way', () => {
  it.each([
    ['11/06/2026', '2026-06-11'],
    ['1/6/2026', '2026-06-01'],
    ['11.06.2026', '2026-06-11'],
    [' 2026-06-11 ', '2026-06-11'],
  ])('reads %j as %s', (typed, iso) => {
    expect(parseFrenchDate(typed)).toBe(iso);
  });

  it.each(['', '30/02/2026', '06/11', '2026/06/11', 'demain', '11/13/2026'])('refuses %j', (typed) => {
    expect(parseFrenchDate(typed)).toBeNull();
  });

  it('writes a stored day back as jj/mm/aaaa', () => {
    expect(toFrenchDate('2026-02-05')).toBe('05/02/2026');
    expect(toFrenchDate('')).toBe('');
  });
});
