import { describe, expect, it } from 'vitest';
import { gradeMetricAnswer } from './grade';
import { clean, decimalsOf, standsFor } from './decimals';

describe('decimalsOf', () => {
  it.each([
    [6.25, 2],
    [24000, 0],
    [-0.5, 1],
    [0.063 * 100, 1],
    // Written with an exponent by String(): the exponent counts.
    [1e-7, 7],
    [2.5e-7, 8],
    [1.5e-10, 11],
    [1e21, 0],
    [1.5e21, 0],
  ])('%d has %d decimals', (n, decimals) => {
    expect(decimalsOf(n)).toBe(decimals);
  });

  it('gives none to NaN and the infinities', () => {
    expect(decimalsOf(Number.NaN)).toBe(0);
    expect(decimalsOf(Number.POSITIVE_INFINITY)).toBe(0);
    expect(decimalsOf(Number.NEGATIVE_INFINITY)).toBe(0);
  });
});

describe('clean', () => {
  it('keeps 15 significant digits, and leaves what is not finite as it is', () => {
    expect(clean(0.07 * 100)).toBe(7);
    expect(clean(Number.NaN)).toBeNaN();
    expect(clean(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('standsFor', () => {
  it('includes the bound of its tolerance', () => {
    // Half a unit, plus the allowances for float noise: exactly on the bound still counts.
    const bound = 0.5 * (1 + 1e-9) + 1e-12;
    expect(standsFor(0, 0, bound, 0)).toBe(true);
    expect(standsFor(0, 0, bound * (1 + 1e-9), 0)).toBe(false);
  });

  it('keeps an allowance for float noise that grows with the target', () => {
    // 123 456 789,135 typed to the centime: either neighbour of the exact half, though the doubles
    // of these large numbers sit 0,00500001 apart.
    expect(standsFor(123456789.13, 2, 123456789.135, 2)).toBe(true);
    expect(standsFor(123456789.14, 2, 123456789.135, 2)).toBe(true);
    expect(standsFor(123456789.12, 2, 123456789.135, 2)).toBe(false);
  });

  it('accepts either centime of an exact half on a large amount, as the grader does', () => {
    const question = { metric: 'cpc', inputs: { spend: 246913578.27, clicks: 2 } } as const; // 123 456 789,135 MAD
    expect(gradeMetricAnswer(question, '123456789,13').verdict).toBe('correct');
    expect(gradeMetricAnswer(question, '123 456 789,14 MAD').verdict).toBe('correct');
    expect(gradeMetricAnswer(question, '123456789,12').verdict).toBe('incorrect');
  });
});
