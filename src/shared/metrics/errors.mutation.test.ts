import { describe, expect, it } from 'vitest';
import { AppError } from '../api/result';
import { frenchSpacing } from '../format/french-spacing';
import { MetricInputError, requireMargin, requireNonNegative } from './errors';
import { funnel } from './funnel';

const thrown = (call: () => unknown): unknown => {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
};

describe('metric input errors name the field and the reason', () => {
  it.each([
    [Number.NaN, 'must be a number (got NaN or a non-number)'],
    ['12' as unknown as number, 'must be a number (got NaN or a non-number)'],
    [Number.POSITIVE_INFINITY, 'must be finite'],
    [-1, 'must not be negative'],
  ])('%s: %s', (bad, reason) => {
    const error = thrown(() => requireNonNegative({ reach: bad }));
    expect(error).toBeInstanceOf(MetricInputError);
    expect(error).toMatchObject({ field: 'reach', message: `reach: ${reason}` });
    expect(String(error)).toBe(`MetricInputError: reach: ${reason}`);
  });

  it('refuses a margin above 1, and accepts 0 and 1', () => {
    expect(thrown(() => requireMargin('grossMargin', 1.5))).toMatchObject({
      field: 'grossMargin',
      message: 'grossMargin: is a fraction and must be at most 1',
    });
    expect(requireMargin('grossMargin', 1)).toBe(1);
    expect(requireMargin('grossMargin', 0)).toBe(0);
  });

  it('says how many steps a funnel needs', () => {
    expect(thrown(() => funnel([{ label: 'a', count: 1 }]))).toMatchObject({
      field: 'steps',
      message: 'steps: needs 2 to 12 steps',
    });
    expect(thrown(() => funnel('x' as never))).toBeInstanceOf(MetricInputError);
  });
});

describe('errors read well in logs', () => {
  it('carry their own name', () => {
    expect(String(new AppError('conflict', 'Déjà fait.'))).toBe('AppError: Déjà fait.');
  });
});

describe('French spacing', () => {
  it('turns the spaces before a colon into one no-break space, and before ; ! ? % into one narrow one', () => {
    expect(frenchSpacing('Objectif  : vendre')).toBe('Objectif\u00a0: vendre');
    expect(frenchSpacing('Vraiment  ?')).toBe('Vraiment\u202f?');
    expect(frenchSpacing('10:30 et https://x')).toBe('10:30 et https://x');
  });
});
