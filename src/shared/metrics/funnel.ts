import { MetricInputError, ratio, requireNonNegative } from './errors';

export interface FunnelStepInput {
  label: string;
  count: number;
}

export interface FunnelStep extends FunnelStepInput {
  /** count_i / count_{i-1}; null on the first step or when the previous count is 0. */
  stepRate: number | null;
  /** 1 − stepRate: the share lost between the previous step and this one. */
  dropOff: number | null;
  /** count_i / count_0: the share of the first step still there. */
  fromStart: number | null;
}

export interface FunnelResult {
  steps: FunnelStep[];
  /** fromStart of the last step: the overall conversion of the funnel. */
  overall: number | null;
}

export const FUNNEL_MIN_STEPS = 2;
export const FUNNEL_MAX_STEPS = 12;

/**
 * A conversion funnel (audience → engagement → visits → purchases…).
 * Rates are not clamped: a step can exceed 100 % when audiences are not nested
 * (visits can come from outside the page), and the attendee should see that.
 */
export function funnel(steps: readonly FunnelStepInput[]): FunnelResult {
  if (!Array.isArray(steps) || steps.length < FUNNEL_MIN_STEPS || steps.length > FUNNEL_MAX_STEPS) {
    throw new MetricInputError('steps', `needs ${FUNNEL_MIN_STEPS} to ${FUNNEL_MAX_STEPS} steps`);
  }
  steps.forEach((step, i) => requireNonNegative({ [`steps[${i}].count`]: step.count }));
  const first = steps[0]!.count;
  const result = steps.map((step, i): FunnelStep => {
    if (i === 0)
      return {
        label: step.label,
        count: step.count,
        stepRate: null,
        dropOff: null,
        fromStart: ratio(step.count, first),
      };
    const stepRate = ratio(step.count, steps[i - 1]!.count);
    return {
      label: step.label,
      count: step.count,
      stepRate,
      dropOff: stepRate === null ? null : 1 - stepRate,
      fromStart: ratio(step.count, first),
    };
  });
  return { steps: result, overall: result[result.length - 1]!.fromStart };
}
