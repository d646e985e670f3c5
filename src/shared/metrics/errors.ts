/**
 * Thrown for any metric input that is negative, NaN or not finite.
 * A RangeError so callers that already guard against range problems catch it;
 * the message names the offending field so the UI can point at it.
 */
export class MetricInputError extends RangeError {
  readonly field: string;

  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.name = 'MetricInputError';
    this.field = field;
  }
}

/** Checks that every named field is a finite, non-negative number. */
export function requireNonNegative<T extends Record<string, number>>(input: T): T {
  for (const [field, value] of Object.entries(input)) {
    if (typeof value !== 'number' || Number.isNaN(value)) {
      throw new MetricInputError(field, 'must be a number (got NaN or a non-number)');
    }
    if (!Number.isFinite(value)) throw new MetricInputError(field, 'must be finite');
    if (value < 0) throw new MetricInputError(field, 'must not be negative');
  }
  return input;
}

/** Margins are fractions of the price: 0 < margin ≤ 1. */
export function requireMargin(field: string, value: number): number {
  requireNonNegative({ [field]: value });
  if (value > 1) throw new MetricInputError(field, 'is a fraction and must be at most 1');
  return value;
}

/** A ratio whose denominator is 0 is undefined: null, shown as "—". */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
