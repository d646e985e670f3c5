import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment } from './dates';

describe('formatDay', () => {
  it.each([
    ['2026-05-02', '2 mai 2026'],
    ['2026-11-30', '30 novembre 2026'],
    ['2026-12-31', '31 décembre 2026'],
    ['2026-01-01', '1er janvier 2026'],
    ['2024-02-29', '29 février 2024'],
  ])('%s → %s', (day, shown) => {
    expect(formatDay(day)).toBe(shown);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-5-2', 'demain', ''])(
    'shows %j as given rather than as another day',
    (day) => {
      expect(formatDay(day)).toBe(day);
    },
  );
});

describe('formatMoment', () => {
  it('writes a moment the French way, in Casablanca’s time whatever the machine’s zone', () => {
    // Morocco is UTC+1, except during Ramadan (UTC+0; 2026: 15 February – 22 March).
    expect(formatMoment('2026-11-30T09:14:00Z')).toBe('30 nov. 2026, 10:14');
    expect(formatMoment('2026-05-01T17:05:00Z')).toBe('1 mai 2026, 18:05');
    expect(formatMoment('2026-03-01T17:05:00Z')).toBe('1 mars 2026, 17:05');
  });

  it('shows a text that is not a time as given', () => {
    expect(formatMoment('pas une date')).toBe('pas une date');
  });
});
