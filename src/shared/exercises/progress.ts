import { isExerciseDone, kindOfComponent, type ExerciseComponent } from './kinds';

interface ExerciseLike {
  id: string;
  component: ExerciseComponent;
}
interface LessonLike {
  id: string;
  exercises: readonly ExerciseLike[];
}
/** The saved values by exercise id (an answer.list turned into a map). */
type Saved = ReadonlyMap<string, { value: unknown }>;

export interface Progress {
  done: number;
  total: number;
}

const isDone = (exercise: ExerciseLike, saved: Saved) => {
  const answer = saved.get(exercise.id);
  return answer !== undefined && isExerciseDone(kindOfComponent(exercise.component), answer.value);
};

/** Exercises finished in one lesson, each by its own kind's rule. */
export function lessonProgress(lesson: LessonLike, saved: Saved): Progress {
  return { done: lesson.exercises.filter((e) => isDone(e, saved)).length, total: lesson.exercises.length };
}

/**
 * Where the attendee picks up: the first unfinished exercise, in the order of
 * the day's lessons; null once every exercise is done.
 */
export function nextUnfinished<L extends LessonLike>(
  lessons: readonly L[],
  saved: Saved,
): { lesson: L; exerciseId: string; index: number } | null {
  for (const lesson of lessons) {
    const index = lesson.exercises.findIndex((e) => !isDone(e, saved));
    if (index !== -1) return { lesson, exerciseId: lesson.exercises[index]!.id, index };
  }
  return null;
}
