import type { GradeBucket } from '../../shared/api/dashboard-schemas';
import { formatCount } from '../../shared/format/index';
import { isExerciseDone, readAnswer, scoreAnswer, type ExerciseKind } from '../../shared/exercises/kinds';
import { lastGraded, MISTAKE_NAMES } from '../../shared/exercises/metric-question';
import { MISTAKE_PRIORITY } from '../../shared/exercises/grading/index';

/** One saved answer as the dashboard and the CSV grade it. */
export interface AnswerGrade {
  /** The bar it counts in: `correct`, a mistake code, `other`; `score-N` (quiz); `done` / `started`. */
  key: string;
  /** French, as the bar and the CSV say it. */
  label: string;
  /** The named mistake, in French (metric questions only). */
  mistake: string | null;
  /** Points over the maximum, where the kind is graded. */
  score: { points: number; max: number } | null;
  /** Attempts at a metric question (every press of « Vérifier »). */
  attempts: number | null;
}

export const GRADE_LABELS = {
  correct: 'Juste',
  other: 'Autre erreur',
  unreadable: 'Illisible',
  done: 'Terminé',
  started: 'Commencé',
  unanswered: 'Non répondu',
} as const;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const quizLabel = (points: number, max: number) => `${formatCount(points)} / ${formatCount(max)}`;

/**
 * From the stored answer only: a metric question by its last graded attempt
 * (juste, the named mistake, or another error; a number the parser could not
 * read is no grade yet), a quiz by its score, the other kinds done or begun.
 */
export function gradeAnswer(kind: ExerciseKind, value: unknown): AnswerGrade {
  const score = (() => {
    const answer = readAnswer(kind, value);
    return answer ? scoreAnswer(answer) : null;
  })();
  const plain = (key: keyof typeof GRADE_LABELS): AnswerGrade => ({
    key,
    label: GRADE_LABELS[key],
    mistake: null,
    score,
    attempts: null,
  });
  if (kind === 'metric-question') {
    const answer = readAnswer('metric-question', value);
    if (!answer) return plain('unreadable');
    const graded = lastGraded(answer);
    const base = { score, attempts: answer.tries };
    if (!graded) return { ...base, key: 'started', label: GRADE_LABELS.started, mistake: null };
    if (graded.verdict === 'correct') return { ...base, key: 'correct', label: GRADE_LABELS.correct, mistake: null };
    // The answer's schema gives a mistake code to the « mistake » verdict and to it alone.
    if (graded.mistake) {
      const name = MISTAKE_NAMES[graded.mistake];
      return { ...base, key: graded.mistake, label: capitalise(name), mistake: name };
    }
    return { ...base, key: 'other', label: GRADE_LABELS.other, mistake: null };
  }
  if (kind === 'quiz') {
    const answer = readAnswer('quiz', value);
    if (!answer) return plain('unreadable');
    const max = answer.questions.length;
    return { key: `score-${answer.score}`, label: quizLabel(answer.score, max), mistake: null, score, attempts: null };
  }
  if (readAnswer(kind, value) === null) return plain('unreadable');
  return plain(isExerciseDone(kind, value) ? 'done' : 'started');
}

/**
 * The bars of one exercise, in a fixed order whatever the answers: for a
 * metric question « Juste », the mistakes met (by the grader's priority),
 * « Autre erreur »; for a quiz every score from the best down; else
 * « Terminé », « Commencé ». Unreadable answers and « Commencé » only when some are.
 */
export function bucketsOf(kind: ExerciseKind, grades: readonly AnswerGrade[]): GradeBucket[] {
  const counts = new Map<string, number>();
  for (const grade of grades) counts.set(grade.key, (counts.get(grade.key) ?? 0) + 1);
  const bar = (key: string, label: string): GradeBucket => ({ key, label, count: counts.get(key) ?? 0 });
  const optional = (key: keyof typeof GRADE_LABELS) => (counts.has(key) ? [bar(key, GRADE_LABELS[key])] : []);
  if (kind === 'metric-question') {
    const mistakes = MISTAKE_PRIORITY.filter((code) => counts.has(code)).map((code) =>
      bar(code, capitalise(MISTAKE_NAMES[code])),
    );
    return [
      bar('correct', GRADE_LABELS.correct),
      ...mistakes,
      bar('other', GRADE_LABELS.other),
      ...optional('started'),
      ...optional('unreadable'),
    ];
  }
  if (kind === 'quiz') {
    const max = Math.max(0, ...grades.map((grade) => grade.score?.max ?? 0));
    const scores = Array.from({ length: max + 1 }, (_, i) => max - i).map((points) =>
      bar(`score-${points}`, quizLabel(points, max)),
    );
    return [...scores, ...optional('unreadable')];
  }
  return [bar('done', GRADE_LABELS.done), bar('started', GRADE_LABELS.started), ...optional('unreadable')];
}
