import { clean } from '../../../shared/exercises/grading/decimals';
import { formatDecimal, parseNumberInput } from '../../../shared/format/index';
import { t } from '../../i18n/fr';

/** How a field reads: an amount or a count, a CPM (never 0), or a rate typed as a percentage. */
export type FieldKind = 'amount' | 'cpm' | 'rate';

/** One number field: the text as typed, the last value it read as, and why the text is refused, if it is. */
export interface NumberField {
  text: string;
  value: number;
  error?: string;
}

// Beyond any budget or audience of the day (the answer's schema refuses more).
const MAX = 1e12;

/** A rate as the attendee types it: 1,8 for 1,8 % (the % sign is optional). */
const RATE_EXAMPLE = '1,8';

/** The text a saved value is shown with: rates as percentages (0.018 → « 1,8 »). */
export function fieldText(kind: FieldKind, value: number): string {
  return kind === 'rate'
    ? formatDecimal(clean(value * 100), { maximumDigits: 4 })
    : formatDecimal(value, { maximumDigits: 2 });
}

export const newField = (kind: FieldKind, value: number): NumberField => ({ text: fieldText(kind, value), value });

/**
 * Reads what was typed into a field. A refused text keeps the field's last
 * good value (the results stay readable) and says why, in French: negative
 * numbers, rates over 100 %, a percentage where an amount is asked.
 */
export function readField(kind: FieldKind, text: string, previous: NumberField, label: string): NumberField {
  const example = kind === 'rate' ? RATE_EXAMPLE : undefined;
  const parsed = parseNumberInput(text, example ? { example } : {});
  const refuse = (error: string): NumberField => ({ text, value: previous.value, error });
  if (!parsed.ok) return refuse(parsed.error);
  if (kind !== 'rate') {
    if (parsed.isPercent) return refuse(t.amountNotPercent);
    if (parsed.value > MAX) return refuse(t.numberTooBig);
    if (kind === 'cpm' && parsed.value === 0) return refuse(t.cpmNotZero);
    return { text, value: parsed.value };
  }
  // « 1,8 » and « 1,8 % » are both 1,8 %: the field is in percent.
  const rate = parsed.isPercent ? parsed.value : clean(parsed.value / 100);
  if (rate > 1) return refuse(t.rateOver100(label));
  return { text, value: rate };
}
