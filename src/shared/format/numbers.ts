/**
 * French display of the numbers the metrics module computes. Intl with the fr-FR
 * locale gives the typographic spaces a French reader expects (narrow no-break
 * space for thousands and before %). null (an undefined ratio) shows as "—".
 */
const MISSING = '—';

const LOCALE = 'fr-FR';
const percentFormats = new Map<number, Intl.NumberFormat>();
const countFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const madFormat = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function percentFormat(digits: number): Intl.NumberFormat {
  let format = percentFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    percentFormats.set(digits, format);
  }
  return format;
}

/** 0.125 → "12,5 %". A rate is a fraction, never a percentage. */
export function formatPercent(rate: number | null, { digits = 1 }: { digits?: number } = {}): string {
  if (rate === null || !Number.isFinite(rate)) return MISSING;
  // CLDR versions differ on the space before % (U+00A0 or U+202F); French
  // typography wants the narrow one, and the PDF must match the screen.
  return percentFormat(digits)
    .format(rate)
    .replace(/[\u00a0\u202f](?=%)/, '\u202f');
}

/** 1250 → "1 250,00 MAD" (Moroccan dirham). */
export function formatMad(amount: number | null): string {
  if (amount === null || !Number.isFinite(amount)) return MISSING;
  return `${madFormat.format(amount)}\u00a0MAD`;
}

const decimalFormats = new Map<string, Intl.NumberFormat>();

/**
 * 1.25 → "1,25"; digits bound the decimals shown (default 0 to 2). For numbers
 * that are neither a count, a rate nor an amount: a ROAS, a reading offered back.
 */
export function formatDecimal(
  n: number | null,
  { minimumDigits = 0, maximumDigits = 2 }: { minimumDigits?: number; maximumDigits?: number } = {},
): string {
  if (n === null || !Number.isFinite(n)) return MISSING;
  const key = `${minimumDigits}-${maximumDigits}`;
  let format = decimalFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, {
      minimumFractionDigits: minimumDigits,
      maximumFractionDigits: Math.max(minimumDigits, maximumDigits),
    });
    decimalFormats.set(key, format);
  }
  return format.format(n);
}

/** 24000 → "24 000". */
export function formatCount(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return MISSING;
  return countFormat.format(n);
}
