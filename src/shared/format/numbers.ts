/**
 * French display of the numbers the metrics module computes. Intl with the fr-FR
 * locale gives the typographic spaces a French reader expects (narrow no-break
 * space for thousands and before %). null (an undefined ratio) shows as "—".
 */
const MISSING = '—';

const LOCALE = 'fr-FR';
const countFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const madFormat = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const formats = new Map<string, Intl.NumberFormat>();

/** An Intl format is slow to build: one per set of options, kept once built. */
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  // Stryker disable ConditionalExpression,CallExpression: only a cache; a format built again writes the same text
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, options);
    formats.set(key, format);
  }
  // Stryker restore ConditionalExpression,CallExpression
  return format;
}

/** A number that can be shown: not null (an undefined ratio), NaN or infinite. */
const showable = (n: number | null): n is number => Number.isFinite(n);

/** 0.125 → "12,5 %". A rate is a fraction, never a percentage. */
export function formatPercent(rate: number | null, { digits = 1 }: { digits?: number } = {}): string {
  if (!showable(rate)) return MISSING;
  // CLDR versions differ on the space before % (U+00A0 or U+202F); French
  // typography wants the narrow one, and the PDF must match the screen.
  return numberFormat({ style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits })
    .format(rate)
    .replace(/[\u00a0\u202f](?=%)/, '\u202f');
}

/** 1250 → "1 250,00 MAD" (Moroccan dirham). */
export function formatMad(amount: number | null): string {
  if (!showable(amount)) return MISSING;
  return `${madFormat.format(amount)}\u00a0MAD`;
}

/**
 * 1.25 → "1,25"; digits bound the decimals shown (default 0 to 2). For numbers
 * that are neither a count, a rate nor an amount: a ROAS, a reading offered back.
 */
export function formatDecimal(
  n: number | null,
  { minimumDigits = 0, maximumDigits = 2 }: { minimumDigits?: number; maximumDigits?: number } = {},
): string {
  if (!showable(n)) return MISSING;
  return numberFormat({
    minimumFractionDigits: minimumDigits,
    maximumFractionDigits: Math.max(minimumDigits, maximumDigits),
  }).format(n);
}

/** 24000 → "24 000". */
export function formatCount(n: number | null): string {
  if (!showable(n)) return MISSING;
  return countFormat.format(n);
}
