/**
 * Reads a number the way a French-speaking attendee types it: "1 200,50",
 * "1200.5", "12,5 %", Arabic-Indic digits "١٢٣٤" with "٫" as decimal mark.
 * Every refusal carries a French message that says what to type instead.
 */
export type ParsedNumber = { ok: true; value: number; isPercent: boolean } | { ok: false; error: string };

export interface ParseNumberOptions {
  allowNegative?: boolean;
}

const MAX_SIGNIFICANT_DIGITS = 15;
const GROUP_SPACES = /[\u0020\u00a0\u202f\u2009]/;
const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

function toAsciiDigits(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) out += String(code - ARABIC_INDIC_ZERO);
    else if (code >= EXTENDED_ARABIC_INDIC_ZERO && code <= EXTENDED_ARABIC_INDIC_ZERO + 9)
      out += String(code - EXTENDED_ARABIC_INDIC_ZERO);
    else if (char === '\u066b')
      out += ','; // Arabic decimal separator
    else if (char === '\u066c')
      out += ' '; // Arabic thousands separator
    else if (char === '\u066a')
      out += '%'; // Arabic percent sign
    else if (char === '\u2212')
      out += '-'; // minus sign
    else out += char;
  }
  return out;
}

function fail(error: string): ParsedNumber {
  return { ok: false, error };
}

function significantDigits(integer: string, fraction: string): number {
  const digits = (integer + fraction.replace(/0+$/, '')).replace(/^0+/, '');
  return digits.length;
}

export function parseNumberInput(text: string, { allowNegative = false }: ParseNumberOptions = {}): ParsedNumber {
  let rest = toAsciiDigits(String(text))
    .trim()
    .replace(/^[\u00a0\u202f\s]+|[\u00a0\u202f\s]+$/g, '');
  if (rest === '') return fail('Saisissez un nombre.');

  let isPercent = false;
  if (rest.endsWith('%')) {
    isPercent = true;
    rest = rest.slice(0, -1).replace(/[\u00a0\u202f\s]+$/, '');
  }

  let negative = false;
  if (rest.startsWith('-')) {
    if (!allowNegative) return fail('Un nombre négatif n’a pas de sens ici : saisissez 0 ou plus.');
    negative = true;
    rest = rest.slice(1).trimStart();
  }

  if (/^(infinity|∞|nan)$/i.test(rest)) return fail('Saisissez un nombre fini, par exemple 1 200.');
  if (/\d[eE][+-]?\d/.test(rest))
    return fail('Écrivez le nombre en toutes lettres de chiffres, sans « e » (ex. 1 200 000).');
  if (/[.,].*[.,]/.test(rest)) {
    if (rest.includes('.') && rest.includes(',')) {
      return fail(
        `« ${text.trim()} » est ambigu : utilisez la virgule pour les décimales et une espace pour les milliers (ex. 1 200,5).`,
      );
    }
    return fail('Un nombre ne contient qu’un seul séparateur décimal (ex. 1 200,5).');
  }

  const match = /^(\d+(?:[\u0020\u00a0\u202f\u2009]\d{3})*)(?:[.,](\d+))?$/.exec(rest);
  if (!match) {
    if (GROUP_SPACES.test(rest) && /^[\d\s\u00a0\u202f.,]+$/.test(rest)) {
      return fail('Les espaces séparent les milliers par groupes de trois chiffres (ex. 24 000).');
    }
    return fail(`« ${text.trim()} » n’est pas un nombre. Saisissez des chiffres, par exemple 1 200 ou 12,5 %.`);
  }
  const integer = match[1]!.replace(/\D/g, '');
  const fraction = match[2] ?? '';
  if (significantDigits(integer, fraction) > MAX_SIGNIFICANT_DIGITS) {
    return fail(`Trop de chiffres : ${MAX_SIGNIFICANT_DIGITS} chiffres significatifs au maximum.`);
  }

  const magnitude = Number(fraction ? `${integer}.${fraction}` : integer);
  if (!Number.isFinite(magnitude)) return fail('Ce nombre est trop grand.');
  const signed = negative ? -magnitude : magnitude;
  return { ok: true, value: isPercent ? signed / 100 : signed, isPercent };
}
