import { z } from 'zod';
import { formatCount, formatDay } from '../format/index';
import { defineKind } from './define-kind';
import { exerciseId } from './exercise-id';
import { formatResult, METRICS } from './grading/index';
import { metricName } from './metric-question';

export const ACTION_PLAN_OBJECTIVE_MAX = 300;
export const ACTION_PLAN_ACTION_MAX = 200;
export const ACTION_PLAN_OTHER_CHANNEL_MAX = 60;
export const ACTION_PLAN_WEEKS = 3;
/** Deadlines the app accepts: as everywhere else, a year outside these is a typing or clock error. */
export const DEADLINE_YEAR_MIN = 2000;
export const DEADLINE_YEAR_MAX = 2100;

/** The channels an attendee ticks; anything else goes in « autre canal ». */
export const ACTION_PLAN_CHANNELS = [
  'Facebook',
  'Instagram',
  'TikTok',
  'WhatsApp',
  'LinkedIn',
  'YouTube',
  'Site web',
  'E-mail',
] as const;
export type ActionPlanChannel = (typeof ACTION_PLAN_CHANNELS)[number];

/** `<ActionPlan id />`: the plan is the attendee's own, the lesson gives only its place. */
export const actionPlanProps = z.strictObject({ id: exerciseId });
export type ActionPlanProps = z.infer<typeof actionPlanProps>;

const text = (max: number, label: string) =>
  z.string().max(max, { error: `${label} : ${formatCount(max)} caractères au plus.` });

/** A KPI value in the metric's own unit (a rate as a fraction); null while not given. */
const kpiValue = z.number().min(-1e12).max(1e12).nullable();

/** A calendar day `YYYY-MM-DD` that exists, between 2000 and 2100; why not, in French, or null. */
export function deadlineProblem(day: string): string | null {
  if (day === '') return 'Indiquez une date.';
  const date = new Date(`${day}T00:00:00Z`);
  // Stryker disable next-line Regex: the round trip below already holds the day to ten characters, so the anchors change nothing
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) {
    return 'Cette date n’existe pas : choisissez un jour du calendrier.';
  }
  const year = date.getUTCFullYear();
  if (year < DEADLINE_YEAR_MIN || year > DEADLINE_YEAR_MAX) {
    return `Choisissez une date entre ${DEADLINE_YEAR_MIN} et ${DEADLINE_YEAR_MAX}.`;
  }
  return null;
}

export const actionPlanAnswer = z
  .strictObject({
    kind: z.literal('action-plan'),
    objective: text(ACTION_PLAN_OBJECTIVE_MAX, 'L’objectif'),
    kpi: metricName.nullable(),
    current: kpiValue,
    target: kpiValue,
    channels: z
      .array(z.enum(ACTION_PLAN_CHANNELS))
      .max(ACTION_PLAN_CHANNELS.length)
      .refine((list) => new Set(list).size === list.length, { error: 'Un canal est coché deux fois.' }),
    otherChannel: text(ACTION_PLAN_OTHER_CHANNEL_MAX, 'L’autre canal'),
    /** '' while not chosen. */
    deadline: z.string().refine((day) => day === '' || deadlineProblem(day) === null, {
      error: 'Date invalide : un jour du calendrier entre 2000 et 2100.',
    }),
    actions: z.tuple([
      text(ACTION_PLAN_ACTION_MAX, 'L’action'),
      text(ACTION_PLAN_ACTION_MAX, 'L’action'),
      text(ACTION_PLAN_ACTION_MAX, 'L’action'),
    ]),
  })
  .refine(
    (plan) =>
      // A value not given yet (null) is not negative.
      plan.kpi === null || METRICS[plan.kpi].signed || [plan.current, plan.target].every((v) => (v ?? 0) >= 0),
    { error: 'Cet indicateur ne peut pas être négatif.' },
  );
export type ActionPlanAnswer = z.infer<typeof actionPlanAnswer>;

export type ActionPlanField =
  'objective' | 'kpi' | 'current' | 'target' | 'channels' | 'deadline' | `action${0 | 1 | 2}`;

/** The fields still to fill, in the order of the form. */
export function missingFields(plan: ActionPlanAnswer): ActionPlanField[] {
  const missing: ActionPlanField[] = [];
  if (plan.objective.trim() === '') missing.push('objective');
  if (plan.kpi === null) missing.push('kpi');
  if (plan.current === null) missing.push('current');
  if (plan.target === null) missing.push('target');
  if (plan.channels.length === 0 && plan.otherChannel.trim() === '') missing.push('channels');
  if (deadlineProblem(plan.deadline) !== null) missing.push('deadline');
  plan.actions.forEach((action, i) => action.trim() === '' && missing.push(`action${i as 0 | 1 | 2}`));
  return missing;
}

export const emptyActionPlan = (): ActionPlanAnswer => ({
  kind: 'action-plan',
  objective: '',
  kpi: null,
  current: null,
  target: null,
  channels: [],
  otherChannel: '',
  deadline: '',
  actions: ['', '', ''],
});

/** A current or target value in its KPI's unit: « 2,5 % », « 12,00 MAD »; « — » while not given. */
export const kpiText = (plan: Pick<ActionPlanAnswer, 'kpi'>, value: number | null): string =>
  // Stryker disable next-line ConditionalExpression: formatResult writes « — » for null as well (every format does), so skipping `value === null` shows the same
  plan.kpi === null || value === null ? '—' : formatResult(value, METRICS[plan.kpi].unit);

export const actionPlanKind = defineKind({
  kind: 'action-plan',
  component: 'ActionPlan',
  answer: actionPlanAnswer,
  props: actionPlanProps,
  isDone: (plan) => missingFields(plan).length === 0,
  summarize: (plan) => {
    const objective = plan.objective.trim().replace(/\s+/g, ' ') || 'objectif à écrire';
    const kpi = plan.kpi
      ? `${METRICS[plan.kpi].label} ${kpiText(plan, plan.current)} → ${kpiText(plan, plan.target)}`
      : 'indicateur à choisir';
    return `${objective} — ${kpi}${plan.deadline ? `, échéance ${formatDay(plan.deadline)}` : ''}`;
  },
  score: () => null,
});
