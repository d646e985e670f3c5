import { expectedValue, formatResult, METRICS } from '../../shared/exercises/grading/index';
import { questionOf, type MetricQuestionAnswer } from '../../shared/exercises/metric-question';
import type { QuizQuestion } from '../../shared/exercises/quiz';
import { rightChoices } from '../exercises/quiz/quiz-state';
import { dashboardStrings as s } from './dashboard-strings';
import { usePace } from './pace';

/**
 * Once the trainer reveals it: the expected value of this attendee's own
 * question (the numbers drawn for them, through the metrics module) and its
 * formula. Nothing before, and nothing on the trainer's own screen.
 */
export function MetricCorrection({
  exerciseId,
  question,
}: {
  exerciseId: string;
  question: Pick<MetricQuestionAnswer, 'metric' | 'inputs'>;
}) {
  const pace = usePace();
  if (!pace.revealed(exerciseId)) return null;
  const definition = METRICS[question.metric];
  const expected = expectedValue(questionOf(question));
  if (expected === null) return null;
  return (
    <p className="correction" role="status" data-testid="metric-correction">
      <strong>{s.correction} — </strong>
      {s.metricCorrection(formatResult(expected, definition.unit), definition.formula)}
    </p>
  );
}

/** Once revealed: the right choices of one quiz question. */
export function QuizCorrection({ exerciseId, question }: { exerciseId: string; question: QuizQuestion }) {
  const pace = usePace();
  if (!pace.revealed(exerciseId)) return null;
  return (
    <p className="correction" data-testid="quiz-correction">
      <strong>{s.correction} — </strong>
      {s.quizCorrection(rightChoices(question), question.answer.length > 1)}
    </p>
  );
}
