import { formatCount, formatDecimal } from './numbers';

/**
 * Reads a number the way attendees type it, whatever locale their keyboard,
 * phone or spreadsheet taught them: "1 200,50" (fr-FR), "1.200,50" (fr-MA,
 * ar-MA), "1,200.50" (en-US), "١٬٢٠٠٫٥٠" (Arabic-Indic digits), "12,5 %".
 *
 * The one rule that matters: a typed number is never read as another number
 * than the one meant. "24.000" is 24 000 in Casablanca and 24 in Paris, so a
 * single "." or "," followed by exactly three digits is refused, and the
 * refusal offers both readings. Every refusal is a French sentence that says
 * what to type instead.
 */
export type ParsedNumber =
  | { ok: true; value: number; isPercent: boolean }
  | {
      ok: false;
      error: string;
      /** Set when the text could be read two ways: the value each reading gives. */
      readings?: { thousands: number; decimal: number };
    };

export interface ParseNumberOptions {
  allowNegative?: boolean;
  /**
   * The example the refusals show, written as the field expects it (default
   * « 1 200 »): a field that refuses percentages must not suggest one.
   */
  example?: string;
}

const MAX_SIGNIFICANT_DIGITS = 15;
const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;
/** Arabic decimal separator: the only mark that is a decimal mark in every locale. */
const ARABIC_DECIMAL = '\u066b';
// Direction marks that Intl puts around signs and % in Arabic locales (LRM, RLM, ALM, embeddings, isolates).
const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/** Separators that can only group thousands, by family: a number uses one family. */
const GROUP_FAMILIES: Record<string, string> = {
  ' ': 'space',
  '\u00a0': 'space',
  '\u202f': 'space',
  '\u2009': 'space',
  "'": 'apostrophe', // de-CH, fr-CH
  '\u2019': 'apostrophe',
  '\u066c': 'arabic', // Arabic thousands separator
};
const NUMBER_BODY = /^[0-9.,\u066b \u00a0\u202f\u2009'\u2019\u066c]+$/;

function normalise(text: string): string {
  let out = '';
  for (const char of text.replace(BIDI_MARKS, '')) {
    const code = char.codePointAt(0)!;
    if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) out += String(code - ARABIC_INDIC_ZERO);
    else if (code >= EXTENDED_ARABIC_INDIC_ZERO && code <= EXTENDED_ARABIC_INDIC_ZERO + 9)
      out += String(code - EXTENDED_ARABIC_INDIC_ZERO);
    else if (char === '\u066a') out += '%';
    else if (char === '\u2212') out += '-';
    else out += char;
  }
  return out.trim();
}

function fail(error: string): ParsedNumber {
  return { ok: false, error };
}

function significantDigits(integer: string, fraction: string): number {
  return (integer + fraction.replace(/0+$/, '')).replace(/^0+/, '').length;
}

/** First group 1 to 3 digits, every other exactly 3: "1 200 000", never "12 34". (A split string has a first run.) */
function validGroups(runs: readonly string[]): boolean {
  return /^\d{1,3}$/.test(runs[0]!) && runs.slice(1).every((run) => run.length === 3);
}

const family = (separator: string): string => GROUP_FAMILIES[separator] ?? separator;

interface Reading {
  integerRuns: string[];
  fraction: string;
}

type Split = { ok: true; reading: Reading } | { ok: false; error: string } | { ok: 'ambiguous'; mark: string };

const ONE_DECIMAL_MARK = 'Un nombre ne contient qu’un seul séparateur décimal (ex. 1 200,5).';
const GROUPS_OF_THREE = 'Les milliers se séparent par groupes de trois chiffres (ex. 24 000).';

/** Decides which separator, if any, is the decimal mark; the others group thousands. */
function split(runs: string[], separators: string[]): Split {
  // The Arabic decimal mark, when there is one, decides alone (first branch below).
  const marks = separators.filter((s) => s === '.' || s === ',');
  let decimalAt = -1;
  if (separators.includes(ARABIC_DECIMAL)) {
    decimalAt = separators.indexOf(ARABIC_DECIMAL);
    if (separators.lastIndexOf(ARABIC_DECIMAL) !== decimalAt) return { ok: false, error: ONE_DECIMAL_MARK };
  } else if (marks.includes('.') && marks.includes(',')) {
    // Both marks: the last one is the decimal mark (1.234,5 and 1,234.5).
    const last = marks[marks.length - 1]!;
    decimalAt = separators.lastIndexOf(last);
    if (separators.indexOf(last) !== decimalAt) return { ok: false, error: ONE_DECIMAL_MARK };
  } else if (marks.length === 1) {
    const at = separators.indexOf(marks[0]!);
    const onlySeparator = separators.length === 1;
    const fraction = runs[at + 1]!;
    const integer = runs[0]!;
    if (onlySeparator && fraction.length === 3 && /^[1-9]\d{0,2}$/.test(integer)) {
      return { ok: 'ambiguous', mark: marks[0]! };
    }
    // After a space-grouped integer ("1 234,567") the mark can only be decimal.
    if (at === separators.length - 1) decimalAt = at;
  }
  // Several identical marks and no other: they group thousands (1.200.000).

  if (decimalAt !== -1 && decimalAt !== separators.length - 1) return { ok: false, error: GROUPS_OF_THREE };
  const groupSeparators = decimalAt === -1 ? separators : separators.slice(0, decimalAt);
  const families = new Set(groupSeparators.map(family));
  if (families.size > 1) {
    return { ok: false, error: 'Un nombre n’utilise qu’une sorte de séparateur de milliers (ex. 1 200 000).' };
  }
  const integerRuns = decimalAt === -1 ? runs : runs.slice(0, decimalAt + 1);
  if (groupSeparators.length > 0 && !validGroups(integerRuns)) {
    // One family of separators by now: the first tells which.
    const lonelyMarks = ['.', ','].includes(groupSeparators[0]!);
    return { ok: false, error: lonelyMarks && decimalAt === -1 ? ONE_DECIMAL_MARK : GROUPS_OF_THREE };
  }
  return {
    ok: true,
    reading: {
      integerRuns,
      fraction: decimalAt === -1 ? '' : runs[runs.length - 1]!,
    },
  };
}

/** The decimal reading written so that it cannot be misread again: "1,25", or "1,2340" rather than "1,234". */
function unambiguousDecimal(value: number): string {
  const shortest = formatDecimal(value, { maximumDigits: 3 });
  // Stryker disable next-line Regex: the value has at most three digits on each side of the mark, so the anchors change nothing
  return /^\d{1,3},\d{3}$/.test(shortest) ? `${shortest}0` : shortest;
}

function ambiguous(
  typed: string,
  integer: string,
  fraction: string,
  negative: boolean,
  isPercent: boolean,
): ParsedNumber {
  const sign = negative ? -1 : 1;
  const scale = isPercent ? 100 : 1;
  const thousandsValue = Number(integer + fraction);
  const decimalValue = Number(`${integer}.${fraction}`);
  const dress = (text: string) => `${negative ? '-' : ''}${text}${isPercent ? '\u202f%' : ''}`;
  const thousands = dress(formatCount(thousandsValue));
  const asDecimal = dress(formatDecimal(decimalValue, { minimumDigits: 3, maximumDigits: 3 }));
  return {
    ok: false,
    error:
      `« ${typed} » se lit de deux façons : ${thousands} ou ${asDecimal} ? ` +
      `Tapez ${thousands} pour des milliers, ou ${dress(unambiguousDecimal(decimalValue))} pour des décimales.`,
    readings: { thousands: (sign * thousandsValue) / scale, decimal: (sign * decimalValue) / scale },
  };
}

export function parseNumberInput(
  text: string,
  { allowNegative = false, example = formatCount(1200) }: ParseNumberOptions = {},
): ParsedNumber {
  const typed = String(text).trim();
  let rest = normalise(String(text));
  if (rest === '') return fail('Saisissez un nombre.');

  let isPercent = false;
  if (rest.endsWith('%')) {
    isPercent = true;
    rest = rest.slice(0, -1).trimEnd();
  }

  let negative = false;
  if (rest.startsWith('-')) {
    if (!allowNegative) return fail('Un nombre négatif n’a pas de sens ici : saisissez 0 ou plus.');
    negative = true;
    rest = rest.slice(1).trimStart();
  }

  if (/^(infinity|∞|nan)$/i.test(rest)) return fail(`Saisissez un nombre fini, par exemple ${example}.`);
  if (/\d[eE][+-]?\d/.test(rest)) return fail('Écrivez le nombre en chiffres, sans « e » (ex. 1 200 000).');

  const notANumber = `« ${typed} » n’est pas un nombre. Saisissez des chiffres, par exemple ${example}.`;
  // A separator first or last leaves an empty run, refused just below (spaces there were trimmed away).
  if (!NUMBER_BODY.test(rest)) return fail(notANumber);
  const runs = rest.split(/[^0-9]/);
  const separators = rest.match(/[^0-9]/g) ?? [];
  if (runs.some((run) => run === '')) {
    return fail(separators.every((s) => family(s) === 'space') ? GROUPS_OF_THREE : notANumber);
  }

  const decided = split(runs, separators);
  if (decided.ok === 'ambiguous') return ambiguous(typed, runs[0]!, runs[1]!, negative, isPercent);
  if (!decided.ok) return fail(decided.error);

  const integer = decided.reading.integerRuns.join('');
  const { fraction } = decided.reading;
  if (significantDigits(integer, fraction) > MAX_SIGNIFICANT_DIGITS) {
    return fail(`Trop de chiffres : ${MAX_SIGNIFICANT_DIGITS} chiffres significatifs au maximum.`);
  }
  // At most 15 significant digits, and every zero of the integer counts: always finite.
  const magnitude = Number(fraction ? `${integer}.${fraction}` : integer);
  const signed = negative ? -magnitude : magnitude;
  return { ok: true, value: isPercent ? signed / 100 : signed, isPercent };
}
