import { z } from 'zod';
import { countOf, formatCount } from '../format/index';
import { defineKind } from './define-kind';
import { exerciseId } from './exercise-id';
import {
  INPUT_LABELS,
  isInputName,
  METRIC_NAMES,
  MISTAKE_PRIORITY,
  type InputName,
  type MetricName,
  type MistakeCode,
} from './grading/index';

/**
 * Attempts kept with the answer: the most recent ones (`tries` counts them
 * all). Bounded, like every answer, because a .cmwb file holds up to 5 000
 * attendees with every exercise answered (src/shared/workbook-file/answer-size.ts).
 */
export const METRIC_QUESTION_MAX_ATTEMPTS = 10;
/** A typed answer is a number and its unit (« 1 234 567,89 MAD » is 16); longer is cut. */
export const METRIC_TYPED_MAX_LENGTH = 24;
/** Numbers one question shows: the metric's own and a few beside them to choose from. */
export const METRIC_QUESTION_MAX_INPUTS = 8;
/** An ISO time as `Date#toISOString` writes it, with room for more precision. */
const ISO_TIME_MAX = 32;
/** Beyond any number a lesson shows; keeps the saved answer small and finite. */
const INPUT_MAX = 1e12;

const INPUT_NAMES = Object.keys(INPUT_LABELS) as [InputName, ...InputName[]];

export const metricName = z.enum(METRIC_NAMES as [MetricName, ...MetricName[]], {
  error: (issue) => `métrique inconnue : « ${String(issue.input)} ». Métriques possibles : ${METRIC_NAMES.join(', ')}.`,
});
const inputName = z.enum(INPUT_NAMES);
/** Numbers keyed by what they are; an unknown name is refused in French, with the known ones. */
const byInput = <T extends z.ZodType>(value: T) =>
  z
    .partialRecord(inputName, value, {
      error: (issue) => {
        if (issue.code === 'invalid_type') return undefined;
        // zod reports a key outside the enum with the key(s) it refused.
        const keys = (issue as { keys?: string[] }).keys;
        // Stryker disable next-line StringLiteral: unreachable fallback; a partial record only reports a wrong type (above) or unrecognized keys, which carry them
        return `donnée inconnue${keys ? ` : ${keys.join(', ')}` : ''}. Données possibles : ${INPUT_NAMES.join(', ')}.`;
      },
    })
    .refine((record) => Object.keys(record).length <= METRIC_QUESTION_MAX_INPUTS, {
      error: `Une question montre au plus ${METRIC_QUESTION_MAX_INPUTS} nombres.`,
    });
const shownNumber = z
  .number({ error: 'Chaque donnée est un nombre.' })
  .min(0, { error: 'Une donnée ne peut pas être négative.' })
  .max(INPUT_MAX, { error: 'Une donnée ne peut pas dépasser mille milliards.' });

const seedRange = z
  .strictObject({ min: shownNumber, max: shownNumber, step: z.number().positive().optional() })
  .refine((r) => r.min <= r.max, { error: 'Le minimum dépasse le maximum.' });

/**
 * `<MetricQuestion id metric prompt inputs? ranges? />`: fixed numbers
 * (`inputs`), numbers drawn per attendee (`ranges`), or both; `{name}` in the
 * prompt shows a number.
 */
export const metricQuestionProps = z
  .strictObject({
    id: exerciseId,
    metric: metricName,
    prompt: z.string().trim().min(1, { error: 'Une question a un énoncé (prompt).' }),
    inputs: byInput(shownNumber).optional(),
    ranges: byInput(seedRange).optional(),
  })
  .refine((q) => q.inputs !== undefined || q.ranges !== undefined, {
    error: 'Donnez les nombres de la question : inputs={{…}} ou ranges={{…}}.',
  })
  .refine((q) => Object.keys(q.inputs ?? {}).every((name) => !Object.hasOwn(q.ranges ?? {}, name)), {
    error: 'Un nombre est à la fois dans inputs et dans ranges.',
  })
  .superRefine((q, ctx) => {
    const shown = { ...q.inputs, ...q.ranges };
    if (Object.keys(shown).length > METRIC_QUESTION_MAX_INPUTS) {
      ctx.addIssue({ code: 'custom', message: `Une question montre au plus ${METRIC_QUESTION_MAX_INPUTS} nombres.` });
    }
    for (const [placeholder, name] of q.prompt.matchAll(/\{(\w+)\}/g)) {
      if (!Object.hasOwn(shown, name!)) {
        ctx.addIssue({
          code: 'custom',
          path: ['prompt'],
          message: `${placeholder} ne correspond à aucun nombre de la question.`,
        });
      }
    }
  });
export type MetricQuestionProps = z.infer<typeof metricQuestionProps>;

export const VERDICTS = ['correct', 'mistake', 'incorrect', 'invalid'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One press of « Vérifier »: what was typed, how it was graded, when. */
export const metricAttempt = z
  .strictObject({
    typed: z.string().max(METRIC_TYPED_MAX_LENGTH, {
      error: `Une réponse tient en ${formatCount(METRIC_TYPED_MAX_LENGTH)} caractères.`,
    }),
    verdict: z.enum(VERDICTS),
    mistake: z.enum(MISTAKE_PRIORITY as [MistakeCode, ...MistakeCode[]]).optional(),
    at: z.iso.datetime({ error: 'Heure de l’essai invalide.' }).max(ISO_TIME_MAX),
  })
  .refine((a) => (a.verdict === 'mistake') === (a.mistake !== undefined), {
    error: 'Une erreur nommée va avec le verdict « mistake », et lui seul.',
  });
export type MetricAttempt = z.infer<typeof metricAttempt>;

/**
 * The numbers the question showed (seeded ones included, so the PDF and the
 * dashboard read them without drawing them again) and the attempts, latest
 * last. `tries` counts every attempt, also those no longer kept.
 */
export const metricQuestionAnswer = z
  .strictObject({
    kind: z.literal('metric-question'),
    metric: metricName,
    inputs: byInput(shownNumber),
    attempts: z.array(metricAttempt).min(1).max(METRIC_QUESTION_MAX_ATTEMPTS),
    tries: z.int().min(1).max(1_000_000),
  })
  .refine((a) => a.tries >= a.attempts.length, { error: 'Le nombre d’essais est incohérent.' });
export type MetricQuestionAnswer = z.infer<typeof metricQuestionAnswer>;

/** The last attempt that was graded (a number was read); invalid text is not a grade. */
export function lastGraded(answer: MetricQuestionAnswer | undefined): MetricAttempt | undefined {
  return answer?.attempts.findLast((a) => a.verdict !== 'invalid');
}

/** The shown numbers as the grader takes them (the partial record's absent keys dropped). */
export function questionOf(answer: Pick<MetricQuestionAnswer, 'metric' | 'inputs'>) {
  const inputs: Record<string, number> = {};
  for (const [name, value] of Object.entries(answer.inputs)) {
    if (isInputName(name) && value !== undefined) inputs[name] = value;
  }
  return { metric: answer.metric, inputs };
}

/** Each named mistake in a few French words: the dashboard, the CSV and the PDF. */
export const MISTAKE_NAMES: Readonly<Record<MistakeCode, string>> = {
  'wrong-denominator': 'mauvais dénominateur',
  'inverted-ratio': 'division inversée',
  'fraction-not-percent': 'fraction au lieu d’un pourcentage',
  'missing-thousand': '× 1 000 oublié',
  'roas-not-roi': 'ROAS donné pour un ROI',
  'roi-not-roas': 'ROI donné pour un ROAS',
  'revenue-not-margin': 'marge oubliée',
  'percent-not-fraction': 'pourcentage utilisé dans la formule',
  'missing-minus': 'signe moins oublié',
  'ratio-not-growth': 'rapport au lieu d’une croissance',
  'cpa-not-cpc': 'CPA maximal donné pour le CPC maximal',
};

/** The verdict of the answer in French: « juste », « faux », or the mistake's name. */
export function verdictName(attempt: MetricAttempt): string {
  switch (attempt.verdict) {
    case 'correct':
      return 'juste';
    case 'mistake':
      return `erreur : ${MISTAKE_NAMES[attempt.mistake!]}`;
    case 'incorrect':
      return 'faux';
    case 'invalid':
      return 'illisible';
  }
}

export const metricQuestionKind = defineKind({
  kind: 'metric-question',
  component: 'MetricQuestion',
  answer: metricQuestionAnswer,
  props: metricQuestionProps,
  // Done once a number has been graded, right or wrong: the attendee has answered; text the
  // parser refused is not an answer yet.
  isDone: (answer) => lastGraded(answer) !== undefined,
  summarize: (answer) => {
    const shown = lastGraded(answer) ?? answer.attempts.at(-1)!;
    return `« ${shown.typed} » (${verdictName(shown)}) ; ${countOf(answer.tries, 'essai', 'essais')}`;
  },
  score: (answer) => ({ points: lastGraded(answer)?.verdict === 'correct' ? 1 : 0, max: 1 }),
});
