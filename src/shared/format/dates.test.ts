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
  it('writes a local time the French way', () => {
    // No zone in the text: read as local time, so the result does not depend on where the test runs.
    expect(formatMoment('2026-11-30T09:14:00')).toBe('30 nov. 2026, 09:14');
    expect(formatMoment('2026-05-01T18:05:00')).toBe('1 mai 2026, 18:05');
  });

  it('shows a text that is not a time as given', () => {
    expect(formatMoment('pas une date')).toBe('pas une date');
  });
});
