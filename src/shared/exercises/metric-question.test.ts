import { describe, expect, it } from 'vitest';
import { gradeMetricAnswer } from './grading/index';
import { isExerciseDone, scoreAnswer, summarizeAnswer } from './kinds';
import { METRIC_QUESTION_MAX_ATTEMPTS, metricQuestionAnswer, metricQuestionProps } from './metric-question';
import { fillPrompt, shownInputs, withAttempt } from './metric-question-view';

const question = {
  metric: 'engagementRateByReach' as const,
  inputs: { engagements: 250, reach: 2000, followers: 5000 },
};
const at = new Date('2026-05-02T09:00:00.000Z');
const attempt = (previous: Parameters<typeof withAttempt>[0], typed: string) =>
  withAttempt(previous, question, typed, gradeMetricAnswer(question, typed), at);

describe('metric-question kind', () => {
  it('is done once a number is graded, scores the latest graded attempt, and sums it up in French', () => {
    const unread = attempt(undefined, 'beaucoup');
    expect(unread.attempts[0]).toEqual({ typed: 'beaucoup', verdict: 'invalid', at: '2026-05-02T09:00:00.000Z' });
    expect(isExerciseDone('metric-question', unread)).toBe(false);
    const wrong = attempt(unread, '5');
    expect(isExerciseDone('metric-question', wrong)).toBe(true);
    expect(scoreAnswer(wrong)).toEqual({ points: 0, max: 1 });
    expect(summarizeAnswer(wrong)).toBe('« 5 » (erreur : mauvais dénominateur) ; 2 essais');
    const right = attempt(wrong, '12,5');
    expect(scoreAnswer(right)).toEqual({ points: 1, max: 1 });
    expect(scoreAnswer(attempt(right, 'n’importe'))).toEqual({ points: 1, max: 1 });
  });

  it('keeps the latest attempts within the limit and counts them all', () => {
    let answer = attempt(undefined, '1');
    for (let i = 2; i <= METRIC_QUESTION_MAX_ATTEMPTS + 5; i++) answer = attempt(answer, String(i));
    expect(answer.attempts).toHaveLength(METRIC_QUESTION_MAX_ATTEMPTS);
    expect(answer.attempts.at(-1)!.typed).toBe(String(METRIC_QUESTION_MAX_ATTEMPTS + 5));
    expect(answer.tries).toBe(METRIC_QUESTION_MAX_ATTEMPTS + 5);
    expect(metricQuestionAnswer.safeParse(answer).success).toBe(true);
  });

  it('refuses a named mistake without its verdict, and an unknown input', () => {
    const bad = { ...attempt(undefined, '12,5') };
    bad.attempts = [{ ...bad.attempts[0]!, mistake: 'wrong-denominator' }];
    expect(metricQuestionAnswer.safeParse(bad).success).toBe(false);
    const props = { id: 'q', metric: 'cpm', prompt: 'CPM ?', inputs: { spend: 1, impressions: 2, budget: 3 } };
    expect(metricQuestionProps.safeParse(props).error?.issues[0]?.message).toMatch(/^donnée inconnue : budget\./);
  });

  it('keeps the numbers an answer was made on, and draws again when the question changed', () => {
    const props = metricQuestionProps.parse({
      id: 'q',
      metric: 'engagementRateByReach',
      prompt: '{engagements} ÷ {reach}',
      ranges: { engagements: { min: 100, max: 900 }, reach: { min: 1000, max: 9000 } },
    });
    const saved = { ...attempt(undefined, '5'), inputs: { engagements: 300, reach: 6000 } };
    expect(shownInputs(props, 'p1', saved)).toEqual({ engagements: 300, reach: 6000 });
    const other = { ...saved, metric: 'engagementRateByFollowers' as const };
    expect(shownInputs(props, 'p1', other)).not.toEqual({ engagements: 300, reach: 6000 });
    expect(fillPrompt('{engagements} ÷ {reach} ({clicks})', { engagements: 300, reach: 6000 })).toBe(
      '300 ÷ 6\u202f000 ({clicks})',
    );
  });
});
