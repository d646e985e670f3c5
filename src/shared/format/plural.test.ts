import { describe, expect, it } from 'vitest';
import { countOf } from './plural';

describe('countOf', () => {
  it('agrees the noun as French does: singular for 0 and 1, plural from 2, the count written in French', () => {
    expect(countOf(0, 'essai', 'essais')).toBe('0 essai');
    expect(countOf(1, 'essai', 'essais')).toBe('1 essai');
    expect(countOf(1.5, 'point', 'points')).toBe('1,5 point');
    expect(countOf(2, 'essai', 'essais')).toBe('2 essais');
    expect(countOf(1234, 'bonne réponse', 'bonnes réponses')).toBe('1\u202f234 bonnes réponses');
    expect(countOf(-1, 'point', 'points')).toBe('-1 point');
    expect(countOf(-2, 'point', 'points')).toBe('-2 points');
  });
});
