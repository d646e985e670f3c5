/**
 * The funnel chart's logarithmic scale, as fractions of the bar track: a last
 * step a thousand times smaller than the first still draws a visible bar.
 * The scale starts half a decade below 1 so that a count of 1 is not empty.
 */
const FLOOR = Math.log10(0.5);

export interface LogScale {
  /** 1, 10, 100… up to the first power of ten at or above the largest count. */
  ticks: number[];
  /** Where a count sits on the track, 0 to 1; 0 for an empty or zero count. */
  at(count: number | null): number;
}

export function logScale(counts: readonly (number | null)[]): LogScale {
  const max = Math.max(1, ...counts.map((c) => c ?? 0));
  const decades = Math.ceil(Math.log10(max));
  const ticks = Array.from({ length: decades + 1 }, (_, i) => 10 ** i);
  const span = decades - FLOOR;
  return {
    ticks,
    at: (count) => (count === null || !(count > 0) ? 0 : Math.min(1, (Math.log10(count) - FLOOR) / span)),
  };
}
