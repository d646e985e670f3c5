import { funnel, FUNNEL_MIN_STEPS } from '../metrics';

export interface FunnelViewStep {
  label: string;
  count: number | null;
  /** count / previous count; null on the first step or while either is missing. */
  stepRate: number | null;
  /** count / first count; null while either is missing. */
  fromStart: number | null;
}

/** Where the funnel loses the largest share of people from one step to the next. */
export interface FunnelDrop {
  from: string;
  to: string;
  /** Index of the step `to`. */
  index: number;
  /** The share that goes on (to / from). */
  stepRate: number;
}

export interface FunnelView {
  steps: FunnelViewStep[];
  /** Conversion from the first step to the last; null until every step is filled. */
  overall: number | null;
  complete: boolean;
  /** Named once two step rates can be compared and one of them loses people. */
  biggestDrop: FunnelDrop | null;
}

/** b / a, by the metrics module's funnel rule. */
// Stryker disable StringLiteral: the labels of this two-step funnel are never read, only its overall rate
const pair = (a: number, b: number) =>
  funnel([
    { label: 'a', count: a },
    { label: 'b', count: b },
  ]).overall;
// Stryker restore StringLiteral

/** A count the metrics can use; anything else (a stored value gone wrong) reads as empty. */
const usable = (n: number | null | undefined): number | null => (Number.isFinite(n) && n! >= 0 ? n! : null);

function biggestDrop(steps: readonly FunnelViewStep[]): FunnelDrop | null {
  const rated = steps
    .map((step, index) => ({ step, index }))
    .filter((s): s is { step: FunnelViewStep & { stepRate: number }; index: number } => s.step.stepRate !== null);
  if (rated.length < 2) return null;
  const worst = rated.reduce((a, b) => (b.step.stepRate < a.step.stepRate ? b : a));
  if (worst.step.stepRate >= 1) return null;
  return {
    from: steps[worst.index - 1]!.label,
    to: worst.step.label,
    index: worst.index,
    stepRate: worst.step.stepRate,
  };
}

/**
 * What an attendee sees while typing: every rate that can already be computed,
 * each from the metrics module, and the overall conversion once all are in.
 * The lesson's labels decide the steps: a saved answer with more counts shows
 * only as many, one with fewer shows the rest empty. Never throws.
 */
export function funnelView(labels: readonly string[], counts: readonly (number | null)[]): FunnelView {
  const aligned = labels.map((_, i) => usable(counts[i]));
  const filled = labels.length >= FUNNEL_MIN_STEPS && aligned.every((c): c is number => c !== null);
  if (filled) {
    const result = funnel(labels.map((label, i) => ({ label, count: aligned[i]! })));
    const steps = result.steps.map(({ label, count, stepRate, fromStart }) => ({ label, count, stepRate, fromStart }));
    return { steps, overall: result.overall, complete: true, biggestDrop: biggestDrop(steps) };
  }
  const first = aligned[0] ?? null;
  const steps = labels.map((label, i): FunnelViewStep => {
    const count = aligned[i] ?? null;
    // The first step has none before it (aligned[-1] is undefined).
    const previous = aligned[i - 1] ?? null;
    return {
      label,
      count,
      stepRate: count !== null && previous !== null ? pair(previous, count) : null,
      fromStart: count !== null && first !== null ? pair(first, count) : null,
    };
  });
  return { steps, overall: null, complete: false, biggestDrop: biggestDrop(steps) };
}
