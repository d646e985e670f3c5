import { formatCount, formatMad, formatPercent } from '../format/index';
import { INPUT_LABELS, isInputName, seedInputs, type Grade, type InputName, type SeedRange } from './grading/index';
import { decimalsOf } from './grading/decimals';
import {
  METRIC_QUESTION_MAX_ATTEMPTS,
  METRIC_TYPED_MAX_LENGTH,
  type MetricAttempt,
  type MetricQuestionAnswer,
  type MetricQuestionProps,
} from './metric-question';

/** The numbers one attendee sees, in the order the lesson wrote them. */
export type ShownInputs = Partial<Record<InputName, number>>;

/**
 * The lesson's fixed numbers and those drawn for this attendee. Throws the
 * grader's SeedRangeError (French) for a range that cannot be drawn from.
 */
export function drawInputs(props: MetricQuestionProps, profileId: string): ShownInputs {
  const ranges: Record<string, SeedRange> = {};
  for (const [name, range] of Object.entries(props.ranges ?? {})) if (range) ranges[name] = range;
  // The props schema keys ranges by input name, so the drawn numbers are keyed the same way.
  return { ...props.inputs, ...(seedInputs(profileId, props.id, ranges) as ShownInputs) };
}

const sameNames = (a: ShownInputs, b: ShownInputs) => {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => Object.hasOwn(b, name));
};

/** The saved answer while it answers this question (same metric, same numbers named); the lesson may have changed since. */
export function answerAbout(
  saved: MetricQuestionAnswer | undefined,
  question: { metric: MetricQuestionProps['metric']; inputs: ShownInputs },
): MetricQuestionAnswer | undefined {
  return saved && saved.metric === question.metric && sameNames(saved.inputs, question.inputs) ? saved : undefined;
}

/**
 * The numbers to show: those saved with the answer while it still asks the
 * lesson's question (the attempts were made on them), else this attendee's draw.
 */
export function shownInputs(
  props: MetricQuestionProps,
  profileId: string,
  saved: MetricQuestionAnswer | undefined,
): ShownInputs {
  const drawn = drawInputs(props, profileId);
  const about = answerAbout(saved, { metric: props.metric, inputs: drawn });
  // Fixed numbers come from the lesson: an edit there shows, drawn ones stay as they were answered.
  return about ? { ...about.inputs, ...props.inputs } : drawn;
}

/** Decimals a rate needs as a percentage: 0.35 → « 35 % », 0.015 → « 1,5 % ». */
const percentDigits = (rate: number) => Math.max(0, decimalsOf(rate) - 2);

/** A shown number in the table: rates and margins as %, money in MAD. */
export function formatInput(name: InputName, value: number): string {
  switch (INPUT_LABELS[name].unit) {
    case 'percent':
      return formatPercent(value, { digits: percentDigits(value) });
    case 'mad':
      return formatMad(value);
    default:
      return formatCount(value);
  }
}

/**
 * A number inside the prompt's sentence: the lesson writes « {spend} MAD » itself, so money
 * reads like a count (up to two decimals, no unit); rates as %.
 */
function formatInSentence(name: InputName, value: number): string {
  if (INPUT_LABELS[name].unit === 'percent') return formatPercent(value, { digits: percentDigits(value) });
  return formatCount(value);
}

/** The prompt with each `{name}` replaced by its number; an unknown name is left as written. */
export function fillPrompt(prompt: string, inputs: ShownInputs): string {
  return prompt.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = isInputName(name) ? inputs[name] : undefined;
    return value === undefined ? whole : formatInSentence(name as InputName, value);
  });
}

/** The shown numbers as [name, value] pairs, for the table. */
export function inputRows(inputs: ShownInputs): [InputName, number][] {
  return Object.entries(inputs).filter(
    (entry): entry is [InputName, number] => isInputName(entry[0]) && entry[1] !== undefined,
  );
}

/** The answer once one more attempt is graded: kept latest last, at most METRIC_QUESTION_MAX_ATTEMPTS. */
export function withAttempt(
  previous: MetricQuestionAnswer | undefined,
  question: { metric: MetricQuestionProps['metric']; inputs: ShownInputs },
  typed: string,
  grade: Grade,
  at: Date,
): MetricQuestionAnswer {
  const attempt: MetricAttempt = {
    // Control characters would be escaped six bytes long in JSON; nobody types them on purpose.
    typed: typed
      .replace(/\p{Cc}/gu, ' ')
      .trim()
      .slice(0, METRIC_TYPED_MAX_LENGTH),
    verdict: grade.verdict,
    ...(grade.verdict === 'mistake' ? { mistake: grade.mistake } : {}),
    at: at.toISOString(),
  };
  // Attempts made on other numbers (the lesson changed) are not this question's.
  const kept = answerAbout(previous, question);
  return {
    kind: 'metric-question',
    metric: question.metric,
    inputs: question.inputs,
    attempts: [...(kept?.attempts ?? []), attempt].slice(-METRIC_QUESTION_MAX_ATTEMPTS),
    tries: (kept?.tries ?? 0) + 1,
  };
}

/** Wrong numbers typed so far (a named mistake or not); the formula is offered after the second. */
export function wrongAttempts(answer: MetricQuestionAnswer | undefined): number {
  return answer?.attempts.filter((a) => a.verdict === 'mistake' || a.verdict === 'incorrect').length ?? 0;
}

export const FORMULA_HINT_AFTER = 2;
