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
