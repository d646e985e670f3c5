import {
  deadlineProblem,
  emptyActionPlan,
  missingFields,
  type ActionPlanAnswer,
  type ActionPlanField,
} from '../../../shared/exercises/action-plan';
import type { MetricName } from '../../../shared/exercises/grading/index';
import { t } from '../../i18n/fr';
import { kpiFieldText, readKpiValue, type KpiField } from './kpi-value';

/** The plan as the form holds it: the saved shape, with the two values' texts and what has been left. */
export interface PlanState {
  plan: ActionPlanAnswer;
  current: KpiField;
  target: KpiField;
  /** Fields the attendee has left once: a missing one says so from then on. */
  touched: ReadonlySet<ActionPlanField>;
}

export function initialPlan(saved: ActionPlanAnswer | undefined): PlanState {
  const plan = saved ?? emptyActionPlan();
  const field = (value: number | null): KpiField => ({ text: kpiFieldText(value, plan.kpi), value });
  return { plan, current: field(plan.current), target: field(plan.target), touched: new Set() };
}

/** A new KPI reads both values again in its unit: « 2,5 » is 2,5 % for a rate, 2,50 MAD for a cost. */
export function withKpi(state: PlanState, kpi: MetricName | null): PlanState {
  const current = readKpiValue(state.current.text, kpi);
  const target = readKpiValue(state.target.text, kpi);
  return { ...state, current, target, plan: { ...state.plan, kpi, current: current.value, target: target.value } };
}

export function withValue(state: PlanState, which: 'current' | 'target', text: string): PlanState {
  const field = readKpiValue(text, state.plan.kpi);
  return { ...state, [which]: field, plan: { ...state.plan, [which]: field.value } };
}

/** Text that cannot be saved: a value that does not read, a date that does not exist. */
export const hasInvalid = (state: PlanState): boolean =>
  Boolean(state.current.error || state.target.error) ||
  (state.plan.deadline !== '' && deadlineProblem(state.plan.deadline) !== null);

/** The French message under each field: why its text is refused, or, once left, that it is still missing. */
export function fieldErrors(state: PlanState): Partial<Record<ActionPlanField, string>> {
  const errors: Partial<Record<ActionPlanField, string>> = {};
  for (const field of missingFields(state.plan)) {
    if (state.touched.has(field)) errors[field] = t.planMissing[field];
  }
  if (state.plan.deadline !== '') {
    const problem = deadlineProblem(state.plan.deadline);
    if (problem) errors.deadline = problem;
  }
  if (state.current.error) errors.current = state.current.error;
  if (state.target.error) errors.target = state.target.error;
  return errors;
}
