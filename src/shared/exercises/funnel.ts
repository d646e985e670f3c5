import { z } from 'zod';
import { formatCount, formatPercent } from '../format/index';
import { FUNNEL_MAX_STEPS, FUNNEL_MIN_STEPS } from '../metrics';
import { count } from './count';
import { defineKind } from './define-kind';
import { exerciseId } from './exercise-id';
import { funnelView } from './funnel-view';

/** The four steps of the funnel the lessons teach, in order: used when a lesson names none. */
export const FUNNEL_STEP_LABELS = [
  'Abonnés de la page',
  'Interactions',
  'Visites du site',
  'Achats ou appels',
] as const;

/** How many steps a lesson may ask for: enough to teach, few enough to fit a phone. */
export const FUNNEL_LESSON_MIN_STEPS = 2;
export const FUNNEL_LESSON_MAX_STEPS = 6;

export const funnelAnswer = z.strictObject({
  kind: z.literal('funnel'),
  counts: z
    .array(count.nullable())
    .min(FUNNEL_MIN_STEPS, { error: `Un entonnoir a au moins ${FUNNEL_MIN_STEPS} étapes.` })
    .max(FUNNEL_MAX_STEPS, { error: `Un entonnoir a au plus ${FUNNEL_MAX_STEPS} étapes.` }),
});
export type FunnelAnswer = z.infer<typeof funnelAnswer>;

/** `<FunnelExercise id steps? />` */
export const funnelProps = z.strictObject({
  id: exerciseId,
  steps: z
    .array(z.string().trim().min(1, { error: 'Une étape a un nom.' }))
    .min(FUNNEL_LESSON_MIN_STEPS, { error: `steps : au moins ${FUNNEL_LESSON_MIN_STEPS} étapes.` })
    .max(FUNNEL_LESSON_MAX_STEPS, { error: `steps : au plus ${FUNNEL_LESSON_MAX_STEPS} étapes.` })
    .optional(),
});
export type FunnelProps = z.infer<typeof funnelProps>;

export const funnelLabels = (props: Pick<FunnelProps, 'steps'>): readonly string[] => props.steps ?? FUNNEL_STEP_LABELS;

export const funnelKind = defineKind({
  kind: 'funnel',
  component: 'FunnelExercise',
  answer: funnelAnswer,
  props: funnelProps,
  isDone: (answer) => answer.counts.every((c) => c !== null),
  summarize: (answer) => {
    const counts = answer.counts.map((c) => formatCount(c)).join(' → ');
    // One label per count: only the overall conversion is read, never the labels.
    const overall = funnelView(answer.counts.map(String), answer.counts).overall;
    return overall === null ? counts : `${counts} (conversion ${formatPercent(overall, { digits: 2 })})`;
  },
  score: () => null,
});
