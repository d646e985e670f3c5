import { parseNumberInput } from '../../../shared/format/index';
import { t } from '../../i18n/fr';

/** What one count field holds: the text as typed, and the count it reads as (null while empty or wrong). */
export interface CountField {
  text: string;
  count: number | null;
  /** A French message when the text cannot be saved; the parser's own when it refuses it. */
  error?: string;
}

export function readCount(text: string): CountField {
  if (text.trim() === '') return { text, count: null };
  const parsed = parseNumberInput(text);
  if (!parsed.ok) return { text, count: null, error: parsed.error };
  if (parsed.isPercent) return { text, count: null, error: t.notAPercent };
  if (!Number.isInteger(parsed.value)) return { text, count: null, error: t.notAnInteger };
  return { text, count: parsed.value };
}
