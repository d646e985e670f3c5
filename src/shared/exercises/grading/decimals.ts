/**
 * Decimals written in a number: 6.25 → 2, 24000 → 0, 1e-7 → 7. Read through 15
 * significant digits, so that 0.063 × 100 counts as 6.3 and not 6.300000000000001.
 * NaN and the infinities, written without a decimal point, have none.
 */
export function decimalsOf(n: number): number {
  const text = String(Number(Math.abs(n).toPrecision(15)));
  const exponent = /e([+-]\d+)/.exec(text); // String() writes an exponent last, when it writes one
  const mantissa = exponent ? text.slice(0, exponent.index) : text;
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - (exponent ? Number(exponent[1]) : 0));
}

/** Rounds away the binary noise of a product or quotient (0.07 × 100 → 7), keeping 15 significant digits. */
export function clean(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}

/**
 * Whether a typed number stands for a target: equal to it, or the target
 * rounded to the decimals the attendee typed (either neighbour at an exact
 * half) — never coarser than `precision` decimals.
 */
export function standsFor(typed: number, typedDecimals: number, target: number, precision: number): boolean {
  const halfUnit = 0.5 * 10 ** -Math.max(typedDecimals, precision);
  // Both sides carry float noise from a division: a relative 1e-9 absorbs it and no real difference.
  return Math.abs(typed - target) <= halfUnit * (1 + 1e-9) + 1e-12 * Math.max(1, Math.abs(target));
}
