import { describe, expect, it } from 'vitest';
import type { Grade } from './grading/index';
import { METRIC_TYPED_MAX_LENGTH, type MetricAttempt, type MetricQuestionAnswer } from './metric-question';
import {
  answerAbout,
  drawInputs,
  fillPrompt,
  formatInput,
  inputRows,
  withAttempt,
  wrongAttempts,
} from './metric-question-view';

const NNBSP = '\u202f';
const at = new Date('2026-05-02T09:00:00.000Z');
const question = { metric: 'cpc' as const, inputs: { spend: 500, clicks: 250 } };
const correct: Grade = { verdict: 'correct', expected: 2, message: 'Juste.' };
const saved = (inputs: MetricQuestionAnswer['inputs'], metric: MetricQuestionAnswer['metric'] = 'cpc') =>
  withAttempt(undefined, { metric, inputs }, '2', correct, at);

describe('the numbers a metric question shows', () => {
  it('draws only the ranges that are given, beside the fixed numbers', () => {
    const drawn = drawInputs(
      {
        id: 'q',
        metric: 'engagementRateByReach',
        prompt: '?',
        inputs: { reach: 1000 },
        ranges: { engagements: { min: 40, max: 40 }, clicks: undefined },
      },
      'p1',
    );
    expect(drawn).toEqual({ reach: 1000, engagements: 40 });
  });

  it('keeps a saved answer only while it names the same numbers, all of them', () => {
    const answer = saved({ spend: 500, clicks: 250 });
    expect(answerAbout(answer, { metric: 'cpc', inputs: { clicks: 9, spend: 9 } })).toBe(answer);
    expect(answerAbout(answer, { metric: 'cpc', inputs: { spend: 500, reach: 250 } })).toBeUndefined();
    expect(answerAbout(answer, { metric: 'cpc', inputs: { spend: 500, clicks: 250, reach: 1 } })).toBeUndefined();
    expect(answerAbout(saved({ spend: 500 }), question)).toBeUndefined();
    expect(answerAbout(answer, { ...question, metric: 'cpm' })).toBeUndefined();
    expect(answerAbout(undefined, question)).toBeUndefined();
  });
});

describe('writing the numbers of a metric question', () => {
  it('shows rates as percentages with the decimals they have, money in MAD, counts plainly', () => {
    expect(formatInput('grossMargin', 0.35)).toBe(`35${NNBSP}%`);
    expect(formatInput('conversionRate', 0.015)).toBe(`1,5${NNBSP}%`);
    expect(formatInput('spend', 1234.5)).toBe(`1${NNBSP}234,50\u00a0MAD`);
    expect(formatInput('reach', 24000)).toBe(`24${NNBSP}000`);
  });

  it('writes rates as percentages in the prompt, with the decimals they have, money and counts as plain numbers', () => {
    expect(fillPrompt('{conversionRate}', { conversionRate: 0.015 })).toBe(`1,5${NNBSP}%`);
    expect(
      fillPrompt('{spend} MAD, {grossMargin} de marge, {reach} vues', {
        spend: 1234.5,
        grossMargin: 0.35,
        reach: 24000,
      }),
    ).toBe(`1${NNBSP}234,5 MAD, 35${NNBSP}% de marge, 24${NNBSP}000 vues`);
  });

  it('lists the numbers there are, in the lesson’s order', () => {
    expect(inputRows({ spend: 500, reach: undefined, clicks: 250 })).toEqual([
      ['spend', 500],
      ['clicks', 250],
    ]);
    expect(inputRows({ bogus: 1 } as never)).toEqual([]);
  });
});

describe('recording an attempt', () => {
  it('keeps what was typed without control characters, trimmed and cut to the limit', () => {
    const typed = (text: string) => withAttempt(undefined, question, text, correct, at).attempts[0]!.typed;
    expect(typed('  12,5\t%\n')).toBe('12,5 %');
    expect(typed('1'.repeat(METRIC_TYPED_MAX_LENGTH + 6))).toBe('1'.repeat(METRIC_TYPED_MAX_LENGTH));
  });

  it('names the mistake only with the « mistake » verdict', () => {
    const right = withAttempt(undefined, question, '2', correct, at);
    expect(right.attempts).toStrictEqual([{ typed: '2', verdict: 'correct', at: '2026-05-02T09:00:00.000Z' }]);
    const mistaken = withAttempt(
      right,
      question,
      '0,5',
      {
        verdict: 'mistake',
        mistake: 'inverted-ratio',
        expected: 2,
        message: '…',
      },
      at,
    );
    expect(mistaken.attempts[1]).toStrictEqual({
      typed: '0,5',
      verdict: 'mistake',
      mistake: 'inverted-ratio',
      at: '2026-05-02T09:00:00.000Z',
    });
    expect(mistaken.tries).toBe(2);
  });

  it('counts the wrong numbers typed, not the right or unreadable ones', () => {
    expect(wrongAttempts(undefined)).toBe(0);
    const attempt = (verdict: MetricAttempt['verdict']): MetricAttempt => ({
      typed: 'x',
      verdict,
      ...(verdict === 'mistake' ? { mistake: 'inverted-ratio' as const } : {}),
      at: at.toISOString(),
    });
    const answer: MetricQuestionAnswer = {
      ...saved({ spend: 500, clicks: 250 }),
      attempts: ['invalid', 'mistake', 'correct', 'incorrect', 'incorrect'].map((v) =>
        attempt(v as MetricAttempt['verdict']),
      ),
      tries: 5,
    };
    expect(wrongAttempts(answer)).toBe(3);
    expect(wrongAttempts({ ...answer, attempts: [attempt('correct'), attempt('invalid')] })).toBe(0);
  });
});
