import { describe, expect, it } from 'vitest';
import { formatDuration, formatHours } from './index';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('durations in French', () => {
  it('writes hours and minutes as « 6 h 15 », whole hours and short lessons alone', () => {
    expect(plain(formatDuration(375))).toBe('6 h 15');
    expect(plain(formatDuration(65))).toBe('1 h 05');
    expect(plain(formatDuration(60))).toBe('1 h');
    expect(plain(formatDuration(45))).toBe('45 min');
    expect(plain(formatDuration(0))).toBe('0 min');
    expect(plain(formatDuration(89.6))).toBe('1 h 30');
  });

  it('never wraps a number away from its unit', () => {
    expect(formatDuration(375)).toBe('6\u00a0h\u00a015');
  });

  it('shows a duration that cannot be one as a dash', () => {
    expect(formatDuration(-1)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('reads a session’s hours the same way', () => {
    expect(plain(formatHours(6.25))).toBe('6 h 15');
    expect(plain(formatHours(6.5))).toBe('6 h 30');
    expect(plain(formatHours(7))).toBe('7 h');
  });
});
