import { funnel } from '../metrics';

/** The four steps of the funnel the lessons teach, in order. */
export const FUNNEL_STEP_LABELS = [
  'Abonnés de la page',
  'Interactions',
  'Visites du site',
  'Achats ou appels',
] as const;

export interface FunnelViewStep {
  label: string;
  count: number | null;
  /** count / previous count; null on the first step or while either is missing. */
  stepRate: number | null;
  /** count / first count; null while either is missing. */
  fromStart: number | null;
}

export interface FunnelView {
  steps: FunnelViewStep[];
  /** Conversion from the first step to the last; null until every step is filled. */
  overall: number | null;
  complete: boolean;
}

const pair = (a: number, b: number) =>
  funnel([
    { label: 'a', count: a },
    { label: 'b', count: b },
  ]).overall;

/**
 * What an attendee sees while typing: every rate that can already be computed,
 * each from the metrics module, and the overall conversion once all are in.
 */
export function funnelView(labels: readonly string[], counts: readonly (number | null)[]): FunnelView {
  const filled = counts.length === labels.length && counts.every((c): c is number => c !== null);
  if (filled) {
    const result = funnel(labels.map((label, i) => ({ label, count: counts[i]! })));
    return {
      steps: result.steps.map(({ label, count, stepRate, fromStart }) => ({ label, count, stepRate, fromStart })),
      overall: result.overall,
      complete: true,
    };
  }
  const first = counts[0] ?? null;
  const steps = labels.map((label, i): FunnelViewStep => {
    const count = counts[i] ?? null;
    const previous = i > 0 ? (counts[i - 1] ?? null) : null;
    return {
      label,
      count,
      stepRate: i > 0 && count !== null && previous !== null ? pair(previous, count) : null,
      fromStart: count !== null && first !== null ? pair(first, count) : null,
    };
  });
  return { steps, overall: null, complete: false };
}
