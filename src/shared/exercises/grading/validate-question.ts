import { formatDecimal } from '../../format/index';
import { INPUT_LABELS, isInputName, isMetricName, METRIC_NAMES, METRICS, type MetricName } from './metric-table';

/**
 * A question asks for one metric. `inputs` holds the metric's arguments and
 * every other number shown beside them (followers next to reach): the grader
 * needs those to recognise a division by the wrong one.
 */
export interface MetricQuestion {
  metric: MetricName;
  inputs: Readonly<Record<string, number>>;
}

/** A number a question can show: not a string, NaN nor an infinity. */
const isFiniteNumber = (value: unknown): value is number => Number.isFinite(value);

function describe(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  return value === undefined ? 'rien' : typeof value;
}

/**
 * Why a question cannot be asked, in French for the content author, or null
 * when it can: the metric exists, every input it needs is there, every shown
 * number has a label, and the answer is defined (no division by zero).
 */
export function validateQuestion(question: {
  metric: string;
  inputs: Readonly<Record<string, unknown>>;
}): string | null {
  const { metric, inputs } = question ?? {};
  if (!isMetricName(metric)) {
    return `Métrique inconnue : « ${String(metric)} ». Métriques possibles : ${METRIC_NAMES.join(', ')}.`;
  }
  const definition = METRICS[metric];
  if (typeof inputs !== 'object' || inputs === null) return `Donnez les nombres de la question (inputs).`;

  const missing = definition.inputs.filter((name) => inputs[name] === undefined);
  if (missing.length) {
    const list = missing.map((name) => `${INPUT_LABELS[name].the} (${name})`).join(', ');
    return `Il manque ${list} pour calculer ${definition.the}.`;
  }
  for (const [name, value] of Object.entries(inputs)) {
    if (!isInputName(name)) {
      return `Donnée inconnue : « ${name} ». Données possibles : ${Object.keys(INPUT_LABELS).join(', ')}.`;
    }
    const label = INPUT_LABELS[name].label;
    if (!isFiniteNumber(value) || value < 0) {
      return `« ${label} » (${name}) doit être un nombre positif ou nul, pas ${describe(value)}.`;
    }
    // Margins and rates are fractions (0.4 for 40 %); 40 here would multiply the answer by 100.
    if (INPUT_LABELS[name].unit === 'percent' && value > 1) {
      return `« ${label} » (${name}) est une fraction : ${formatDecimal(value / 100, { maximumDigits: 4 })} pour ${formatDecimal(value)} %, au plus 1.`;
    }
  }

  let expected: number | null;
  // Stryker disable BlockStatement: the catch is unreachable, no metric throws on inputs that passed the checks above
  try {
    expected = definition.compute(inputs as Record<string, number>);
  } catch {
    // Stryker disable next-line StringLiteral: unreachable, as above
    return `Ces nombres ne conviennent pas au calcul de ${definition.the}.`;
  }
  // Stryker restore BlockStatement
  if (expected === null) {
    // Only a division gives no answer, and every metric that divides says by what.
    const by = definition.dividesBy!;
    // Stryker disable next-line Regex: every divisor in METRICS starts with its article, so the anchor changes nothing
    const verb = /^(les|toutes) /.test(by) ? 'valent' : 'vaut';
    const defined = definition.the.startsWith('la ') ? 'définie' : 'défini';
    return `Division par zéro : ${by} ${verb} 0. Avec ces nombres, ${definition.the} n’est pas ${defined}.`;
  }
  // Numbers too large for a double (1e200 × 1e200): no division by zero, the result overflows.
  if (!Number.isFinite(expected)) return `Ces nombres sont trop grands pour calculer ${definition.the}.`;
  return null;
}

/** The answer the metrics module gives, or null when the question cannot be asked. */
export function expectedValue(question: MetricQuestion): number | null {
  if (validateQuestion(question) !== null) return null;
  return METRICS[question.metric].compute(question.inputs);
}
