import { describe, expect, it } from 'vitest';
import { gradeMetricAnswer } from './grade';

describe('gradeMetricAnswer never throws', () => {
  it('answers in French when the question itself cannot be read', () => {
    // A question from a store that fails on reading it (a getter or proxy that throws).
    const unreadable = {
      metric: 'cpc',
      get inputs(): Record<string, number> {
        throw new Error('lecture impossible');
      },
    };
    expect(gradeMetricAnswer(unreadable as never, '2,5')).toEqual({
      verdict: 'invalid',
      message: 'Cette réponse n’a pas pu être vérifiée.',
    });
  });
});
