import { METRICS, readTypedAnswer, type MetricName } from '../../../shared/exercises/grading/index';
import { clean } from '../../../shared/exercises/grading/decimals';
import { UNIT_SCALE } from '../../../shared/exercises/grading/metric-table';
import { formatDecimal } from '../../../shared/format/index';
import { t } from '../../i18n/fr';

/** A KPI value field: the text, the value in the metric's own unit (a rate as a fraction), why it is refused. */
export interface KpiField {
  text: string;
  value: number | null;
  error?: string;
}

/**
 * Reads a value typed in the KPI's unit, as the questions read answers: « 2,5 »
 * or « 2,5 % » for a rate, « 12 MAD » for money. Empty is no value yet.
 */
export function readKpiValue(text: string, kpi: MetricName | null): KpiField {
  if (text.trim() === '') return { text, value: null };
  if (kpi === null) return { text, value: null, error: t.chooseKpiFirst };
  const { unit, signed } = METRICS[kpi];
  const typed = readTypedAnswer(text, unit, { allowNegative: signed });
  if (!typed.ok) return { text, value: null, error: typed.message };
  return { text, value: clean(typed.value / UNIT_SCALE[unit]) };
}

/** A saved value as the field shows it: 0.025 → « 2,5 » for a rate. */
export function kpiFieldText(value: number | null, kpi: MetricName | null): string {
  if (value === null || kpi === null) return '';
  return formatDecimal(clean(value * UNIT_SCALE[METRICS[kpi].unit]), { maximumDigits: 4 });
}
