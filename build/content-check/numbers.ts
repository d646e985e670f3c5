/** A number written in French text, with what follows it. */
export interface WrittenNumber {
  text: string;
  value: number;
  /** Characters into the text, to find its line. */
  index: number;
  hasDecimals: boolean;
  isPercent: boolean;
}

// 24 000, 24 000 (no-break spaces), 24.000 (a dot between groups of three), 1 250,5, 12,5, 2.0, 180.
const NUMBER =
  /(?<![\p{L}\p{N}])(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?![\d])|\d+)(?:,(\d+)|\.(\d{1,2})(?!\d))?(?![\p{L}])(\s*%)?/gu;
// Times of day and durations (9 h 30, 45 min, 5 h) are the day's schedule, not data.
const TIME =
  /(?<![\p{L}\p{N}])\d+\s*h\s*\d{2}(?!\d)|(?<![\p{L}\p{N}])\d+(?:,\d+)?\s*(?:min|minutes?|h|heures?)(?![\p{L}])/gu;

/** Every number in a text except times and durations, read the French way (24 000, 24.000 and 24000 alike). */
export function writtenNumbers(text: string): WrittenNumber[] {
  const masked = text.replace(TIME, (match) => ' '.repeat(match.length));
  const found: WrittenNumber[] = [];
  for (const match of masked.matchAll(NUMBER)) {
    const whole = match[1]!.replace(/[ \u00a0\u202f.]/g, '');
    const decimals = match[2] ?? match[3];
    found.push({
      text: match[0].trim(),
      value: Number(decimals ? `${whole}.${decimals}` : whole),
      index: match.index,
      hasDecimals: decimals !== undefined,
      isPercent: match[4] !== undefined,
    });
  }
  return found;
}

/**
 * Whether a number in prose is data (a count, an amount, a rate) rather than
 * a small word-like number (« 4 étapes ») or a formula's constant (× 1000, 100 %).
 */
export function isDataNumber(number: WrittenNumber): boolean {
  if (number.hasDecimals) return true;
  if (number.isPercent) return number.value !== 100;
  return number.value > 12 && number.value !== 100 && number.value !== 1000;
}

/** The line a character of a text node is on. */
export function lineAt(text: string, index: number, firstLine: number): number {
  return firstLine + (text.slice(0, index).match(/\n/g)?.length ?? 0);
}
