import { z } from 'zod';
import { formatCount, formatPercent } from '../format/index';
import { budgetViews } from './budget-view';
import { defineKind } from './define-kind';
import { exerciseId } from './exercise-id';

/** The longest conclusion kept: a paragraph for the PDF. */
export const BUDGET_CONCLUSION_MAX_LENGTH = 2000;
export const BUDGET_NAME_MAX_LENGTH = 60;
export const BUDGET_MIN_CHANNELS = 2;
export const BUDGET_MAX_CHANNELS = 3;
/** Beyond any budget or audience of the day; a bigger number is a typing error. */
const AMOUNT_MAX = 1e12;

const amount = (label: string) =>
  z
    .number({ error: `${label} est un nombre.` })
    .min(0, { error: `${label} ne peut pas être négatif.` })
    .max(AMOUNT_MAX, { error: `${label} ne peut pas dépasser mille milliards.` });

/** A rate or a margin, as a fraction: 0.018 for 1,8 %. Over 100 % is a typing error, not a hypothesis. */
const rate = (label: string) =>
  z
    .number({ error: `${label} est un nombre (une fraction : 0,02 pour 2 %).` })
    .min(0, { error: `${label} ne peut pas être négatif.` })
    .max(1, { error: `${label} ne peut pas dépasser 100 % (écrivez 0,02 pour 2 %).` });

const channelName = z
  .string()
  .trim()
  .min(1, { error: 'Chaque canal a un nom.' })
  .max(BUDGET_NAME_MAX_LENGTH, { error: `Un nom de canal tient en ${BUDGET_NAME_MAX_LENGTH} caractères.` });

/** Bought reach: a spend at a cost per thousand impressions (ads). */
export const paidChannel = z.strictObject({
  name: channelName,
  spend: amount('La dépense'),
  cpm: amount('Le CPM').refine((n) => n > 0, { error: 'Le CPM doit être supérieur à 0.' }),
  ctr: rate('Le taux de clic'),
  conversionRate: rate('Le taux de conversion'),
});

/** Earned reach: a monthly cost (a community manager) and the impressions it brings. */
export const organicChannel = z.strictObject({
  name: channelName,
  monthlyCost: amount('Le coût mensuel'),
  impressions: amount('Les impressions'),
  ctr: rate('Le taux de clic'),
  conversionRate: rate('Le taux de conversion'),
});

export const budgetChannel = z.union([paidChannel, organicChannel], {
  error:
    'Un canal a soit { name, spend, cpm, ctr, conversionRate }, soit { name, monthlyCost, impressions, ctr, conversionRate }.',
});
export type BudgetChannel = z.infer<typeof budgetChannel>;
export type PaidChannel = z.infer<typeof paidChannel>;

const channels = z
  .array(budgetChannel)
  .min(BUDGET_MIN_CHANNELS, { error: `Au moins ${BUDGET_MIN_CHANNELS} canaux à comparer.` })
  .max(BUDGET_MAX_CHANNELS, {
    error: `Au plus ${BUDGET_MAX_CHANNELS} canaux : au-delà, la comparaison ne tient plus sur un téléphone.`,
  });

/** `<BudgetSandbox id channels averageOrderValue grossMargin />`, rates as fractions. */
export const budgetProps = z.strictObject({
  id: exerciseId,
  channels,
  averageOrderValue: amount('Le panier moyen'),
  grossMargin: rate('La marge brute'),
});
export type BudgetProps = z.infer<typeof budgetProps>;

/**
 * The attendee's hypotheses (every channel, the shared order value and
 * margin), the share of the split total given to the first channel (null
 * while the slider is untouched) and the written conclusion.
 */
export const budgetAnswer = z.strictObject({
  kind: z.literal('budget'),
  channels,
  averageOrderValue: amount('Le panier moyen'),
  grossMargin: rate('La marge brute'),
  split: rate('La part du premier canal').nullable(),
  conclusion: z.string().max(BUDGET_CONCLUSION_MAX_LENGTH, {
    error: `La conclusion tient en ${formatCount(BUDGET_CONCLUSION_MAX_LENGTH)} caractères.`,
  }),
});
export type BudgetAnswer = z.infer<typeof budgetAnswer>;

export const budgetKind = defineKind({
  kind: 'budget',
  component: 'BudgetSandbox',
  answer: budgetAnswer,
  props: budgetProps,
  // The numbers are the lesson's until changed; what the attendee makes of them is the conclusion.
  isDone: (answer) => answer.conclusion.trim() !== '',
  summarize: (answer) => {
    const rois = budgetViews(answer)
      .map((c) => `${c.name} ${formatPercent(c.result.roiAfterMargin ?? null)}`)
      .join(' ; ');
    const conclusion = answer.conclusion.trim().replace(/\s+/g, ' ');
    return `ROI après marge : ${rois}${conclusion ? ` — ${conclusion}` : ''}`;
  },
  score: () => null,
});
