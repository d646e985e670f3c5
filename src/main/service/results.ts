import { KIND_NAMES, type ResultRow } from '../../shared/api/dashboard-schemas';
import { summarizeAnswer, type AnswerValue } from '../../shared/exercises/kinds';
import type { ServiceContext } from './context';
import { GRADE_LABELS } from './dashboard-grades';
import { dayLessons, type GradedAnswers } from './dashboard-view';
import { defaultSession } from './session';

/** Every attendee × every exercise of the day's lessons, attendees in the order they joined. */
export function resultRows(ctx: ServiceContext, read: GradedAnswers): ResultRow[] {
  const session = ctx.sessions.get() ?? defaultSession(ctx.now());
  const lessons = dayLessons(session.lessons);
  const answers = read();
  return ctx.profiles.list().flatMap((profile) =>
    lessons.flatMap((lesson) =>
      lesson.exercises.map((exercise): ResultRow => {
        const answer = answers.get(profile.id)?.get(exercise.id);
        const base = {
          attendee: profile.name,
          lesson: lesson.title,
          exerciseId: exercise.id,
          kind: KIND_NAMES[exercise.kind],
        };
        if (!answer) {
          return {
            ...base,
            value: '',
            grade: GRADE_LABELS.unanswered,
            mistake: '',
            score: null,
            attempts: null,
            updatedAt: null,
          };
        }
        const { grade } = answer;
        const readable = grade.key !== 'unreadable';
        return {
          ...base,
          value: readable ? summarizeAnswer(answer.value as AnswerValue) : '',
          grade: grade.label,
          mistake: grade.mistake ?? '',
          score:
            grade.score &&
            // Stryker disable next-line ConditionalExpression,EqualityOperator: a graded kind's max is never 0 (a quiz has a question, a metric question 1 point); the guard only keeps a future kind from writing NaN
            grade.score.max > 0
              ? grade.score.points / grade.score.max
              : null,
          attempts: grade.attempts,
          updatedAt: answer.updatedAt,
        };
      }),
    ),
  );
}
