import { formatCount, parseNumberInput } from '../../format/index';
import { clean, decimalsOf } from './decimals';
import type { MetricUnit } from './metric-table';

/**
 * What the attendee typed, in the unit the question shows: a percentage for
 * a rate (« 6 », « 6 % » and « 6,0 % » are all 6), MAD for money, a multiple
 * for a ROAS (« 3 », « ×3 », « 3x », « 3 fois », or « 300 % » read as 3).
 */
export type TypedAnswer =
  | {
      ok: true;
      /** In display units: 6 for 6 %, 12.5 for 12,50 MAD, 3 for a ROAS of 3. */
      value: number;
      /** Decimals of `value` as typed (trailing zeros aside). */
      decimals: number;
      /** The unit sign the attendee wrote, if any. */
      sign: 'percent' | 'mad' | 'multiple' | null;
    }
  | { ok: false; message: string };

// « 12 MAD », « 12 DH », « 12 Dhs », « 12 dirhams », « 12 د.م. ».
const MONEY_SIGN = /[\s\u00a0\u202f]*(?:mad|dhs?|dirhams?|د\.?\s?م\.?)\.?$/i;
const MULTIPLE_BEFORE = /^[×xX*][\s\u00a0\u202f]*/;
const MULTIPLE_AFTER = /[\s\u00a0\u202f]*(?:[×xX]|fois)$/;

const EXAMPLES: Record<MetricUnit, string> = {
  percent: '6,5\u202f%',
  mad: '12,50\u00a0MAD',
  multiple: '2,5',
  count: formatCount(1200),
};

const WRONG_SIGN: Record<MetricUnit, Partial<Record<'percent' | 'mad' | 'multiple', string>>> = {
  percent: { mad: 'Ce résultat est un pourcentage, pas un montant : écrivez-le sans MAD (ex. 6,5\u202f%).' },
  mad: {
    percent: 'Ce résultat est un montant en MAD, pas un pourcentage (ex. 12,50\u00a0MAD).',
    multiple: 'Ce résultat est un montant en MAD, pas un multiple (ex. 12,50\u00a0MAD).',
  },
  multiple: { mad: 'Ce résultat est un multiple, sans unité : écrivez par exemple 2,5 (pour 2,5 fois la dépense).' },
  count: {
    percent: 'Ce résultat est un nombre, pas un pourcentage.',
    mad: 'Ce résultat est un nombre, pas un montant.',
    multiple: 'Ce résultat est un nombre, pas un multiple.',
  },
};

export function readTypedAnswer(text: string, unit: MetricUnit, { allowNegative = false } = {}): TypedAnswer {
  let rest = typeof text === 'string' ? text.trim() : '';
  let sign: 'percent' | 'mad' | 'multiple' | null = null;
  if (MONEY_SIGN.test(rest) && /\d/.test(rest)) {
    sign = 'mad';
    rest = rest.replace(MONEY_SIGN, '');
  } else if (MULTIPLE_BEFORE.test(rest) || MULTIPLE_AFTER.test(rest)) {
    sign = 'multiple';
    rest = rest.replace(MULTIPLE_BEFORE, '').replace(MULTIPLE_AFTER, '');
  }

  const parsed = parseNumberInput(rest, { allowNegative, example: EXAMPLES[unit] });
  if (!parsed.ok) return { ok: false, message: parsed.error };
  if (parsed.isPercent) {
    if (sign !== null) return { ok: false, message: `« ${String(text).trim()} » mêle deux unités : gardez-en une.` };
    sign = 'percent';
  }
  const refusal = sign && WRONG_SIGN[unit][sign];
  if (refusal) return { ok: false, message: refusal };

  // The parser reads « 6 % » as the rate 0.06: back to the 6 the attendee typed for a percentage,
  // while « 300 % » for a multiple is the 3 it stands for.
  const value = clean(unit === 'percent' && parsed.isPercent ? parsed.value * 100 : parsed.value);
  return { ok: true, value, decimals: decimalsOf(value), sign };
}
