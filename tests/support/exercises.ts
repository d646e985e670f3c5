import { EXERCISE_IDS, LESSON_IDS, findExercise } from '../../src/shared/content/manifest';

/** The funnel exercises of the real lessons: tests save answers only where an exercise exists. */
export const FUNNEL_EXERCISES = EXERCISE_IDS.filter((id) => findExercise(id)?.kind === 'funnel');

const first = <T>(list: readonly T[], what: string): T => {
  if (list.length === 0) throw new Error(`The lessons have no ${what}: the tests need one.`);
  return list[0]!;
};

/** One real funnel exercise id. */
export const FUNNEL = first(FUNNEL_EXERCISES, 'funnel exercise');
/** One real lesson id. */
export const LESSON = first(LESSON_IDS, 'lesson');

export const funnelValue = (counts: (number | null)[]) => ({ kind: 'funnel' as const, counts });

/** The lessons the tests visit, by id (titles come from the build's manifest). */
export const LESSONS = {
  programme: 'programme',
  mesurer: 'mesurer-engagement-conversion',
  fanajeen: 'cas-fanajeen',
  publicite: 'publicite-ou-communaute',
  plan: 'plan-action',
} as const;

/** A metric question of the lesson « mesurer » (engagement rate by reach). */
export const METRIC_QUESTION = 'mesurer-engagement-portee';

export interface MetricAttempt {
  typed: string;
  verdict: 'correct' | 'incorrect' | 'mistake' | 'invalid';
  mistake?: string;
  at: string;
}

/** A metric question's saved answer: its attempts (latest last) and how many times « Vérifier » was pressed. */
export const metricValue = (
  attempts: MetricAttempt[] = [{ typed: '4', verdict: 'correct', at: '2026-05-02T09:00:00.000Z' }],
  tries = attempts.length,
) => ({
  kind: 'metric-question' as const,
  metric: 'engagementRateByReach',
  inputs: { engagements: 200, reach: 5000, followers: 10000 },
  attempts,
  tries,
});
