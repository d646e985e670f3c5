import { standsFor } from './decimals';
import { correctMessage, incorrectMessage, mistakeMessage } from './messages';
import { METRICS, UNIT_PRECISION, UNIT_SCALE } from './metric-table';
import { MISTAKE_PRIORITY, mistakeCandidates, type MistakeCode } from './mistakes';
import { readTypedAnswer } from './typed-answer';
import { validateQuestion, type MetricQuestion } from './validate-question';

/**
 * The verdict on one typed answer. `expected` is the metrics module's value in
 * its own unit (a rate as a fraction: 0.0625, money in MAD, a ROAS as a
 * multiple); `message` is French, for the attendee.
 */
export type Grade =
  | { verdict: 'correct'; expected: number; message: string }
  | { verdict: 'mistake'; mistake: MistakeCode; expected: number; message: string }
  | { verdict: 'incorrect'; expected: number; message: string }
  /** Not a number (the parser's message), a unit that does not fit, or a question that cannot be asked. */
  | { verdict: 'invalid'; message: string };

/**
 * Grades what the attendee typed for a metric question.
 *
 * Tolerance: a typed number is right when it equals the exact value, or the
 * exact value rounded to the decimals typed — never fewer than the question
 * shows (1 for a percentage, 2 for MAD and for a multiple). For 6,25 %:
 * « 6,25 », « 6,3 » and « 6,2 » (an exact half rounds either way) are right,
 * « 6 » is not. A mistake is named when the typed number stands, by the same
 * rule and to at least two significant digits, for a mistaken computation
 * that does not itself round to the right answer. Never throws.
 */
export function gradeMetricAnswer(question: MetricQuestion, typed: string): Grade {
  try {
    return grade(question, typed);
  } catch {
    // A grader that throws would leave the attendee with no feedback at all.
    return { verdict: 'invalid', message: 'Cette réponse n’a pas pu être vérifiée.' };
  }
}

function grade(question: MetricQuestion, typed: string): Grade {
  const problem = validateQuestion(question);
  if (problem !== null) return { verdict: 'invalid', message: `Question mal définie : ${problem}` };
  const definition = METRICS[question.metric];
  const expected = definition.compute(question.inputs)!;

  const answer = readTypedAnswer(typed, definition.unit, { allowNegative: definition.signed });
  if (!answer.ok) return { verdict: 'invalid', message: answer.message };

  const shown = expected * UNIT_SCALE[definition.unit];
  const precision = UNIT_PRECISION[definition.unit];
  if (standsFor(answer.value, answer.decimals, shown, precision)) {
    return { verdict: 'correct', expected, message: correctMessage(question, expected) };
  }

  const mistake = mistakeCandidates(question, expected)
    // A mistaken computation that rounds to the right answer is no mistake at all.
    .filter((candidate) => !standsFor(candidate.value, 0, shown, precision))
    .filter((candidate) => standsFor(answer.value, answer.decimals, candidate.value, candidate.precision))
    .sort((a, b) => MISTAKE_PRIORITY.indexOf(a.code) - MISTAKE_PRIORITY.indexOf(b.code))[0];
  if (mistake) {
    return {
      verdict: 'mistake',
      mistake: mistake.code,
      expected,
      message: mistakeMessage(question, mistake, answer.value),
    };
  }
  return { verdict: 'incorrect', expected, message: incorrectMessage(question) };
}
