import { isExerciseDone, readAnswer, scoreAnswer, type ExerciseKind } from '../exercises/kinds';

export interface SummaryLesson {
  id: string;
  title: string;
  exercises: readonly { id: string; kind: ExerciseKind }[];
}

export interface SummaryRow {
  id: string;
  title: string;
  done: number;
  total: number;
  /** Points of the graded exercises answered (quizzes, questions); max counts only those answered. */
  points: number;
  max: number;
}

export interface WorkbookSummary {
  lessons: SummaryRow[];
  total: Omit<SummaryRow, 'id' | 'title'>;
}

/**
 * The summary page: per lesson, exercises finished (by each kind's own
 * `isDone`) and points scored on the graded ones (`scoreAnswer`). An answer
 * of the wrong kind or shape counts as not done and scores nothing.
 */
export function workbookSummary(
  lessons: readonly SummaryLesson[],
  answers: ReadonlyMap<string, unknown>,
): WorkbookSummary {
  const rows = lessons.map((lesson): SummaryRow => {
    const row: SummaryRow = { id: lesson.id, title: lesson.title, done: 0, total: 0, points: 0, max: 0 };
    for (const exercise of lesson.exercises) {
      row.total += 1;
      // A missing answer, or one of the wrong kind or shape, is not done and scores nothing.
      const answer = readAnswer(exercise.kind, answers.get(exercise.id));
      if (answer === null) continue;
      if (isExerciseDone(exercise.kind, answer)) row.done += 1;
      const score = scoreAnswer(answer);
      if (score) {
        row.points += score.points;
        row.max += score.max;
      }
    }
    return row;
  });
  const sum = (key: 'done' | 'total' | 'points' | 'max') => rows.reduce((n, row) => n + row[key], 0);
  return {
    lessons: rows,
    total: { done: sum('done'), total: sum('total'), points: sum('points'), max: sum('max') },
  };
}
