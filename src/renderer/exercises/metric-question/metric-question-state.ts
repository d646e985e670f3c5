import { gradeMetricAnswer, SeedRangeError, type Grade } from '../../../shared/exercises/grading/index';
import {
  lastGraded,
  questionOf,
  type MetricQuestionAnswer,
  type MetricQuestionProps,
} from '../../../shared/exercises/metric-question';
import { shownInputs, type ShownInputs } from '../../../shared/exercises/metric-question-view';

export type Drawn = { ok: true; inputs: ShownInputs } | { ok: false; message: string };

/** The numbers to show, or the French reason a range cannot be drawn from (for the lesson's author). */
export function drawFor(props: MetricQuestionProps, profileId: string, saved: MetricQuestionAnswer | undefined): Drawn {
  try {
    return { ok: true, inputs: shownInputs(props, profileId, saved) };
  } catch (error) {
    if (error instanceof SeedRangeError) return { ok: false, message: error.message };
    throw error;
  }
}

/** The feedback of the answer's last attempt, graded again: the same numbers always give the same words. */
export function savedGrade(
  answer: MetricQuestionAnswer | undefined,
  question: Pick<MetricQuestionAnswer, 'metric' | 'inputs'>,
): Grade | null {
  const last = lastGraded(answer) ?? answer?.attempts.at(-1);
  return last ? gradeMetricAnswer(questionOf(question), last.typed) : null;
}
