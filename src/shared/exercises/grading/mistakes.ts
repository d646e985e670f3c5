import { INPUT_LABELS, isInputName, METRICS, UNIT_PRECISION, UNIT_SCALE, type InputName } from './metric-table';
import type { MetricQuestion } from './validate-question';

/** A mistake the grader can name, from the numbers the question showed. */
export type MistakeCode =
  /** Divided by another number shown (followers instead of reach). */
  | 'wrong-denominator'
  /** Divided the other way round (reach ÷ engagements). */
  | 'inverted-ratio'
  /** Gave the fraction (0,06) where a percentage (6 %) is asked. */
  | 'fraction-not-percent'
  /** CPM without the × 1 000. */
  | 'missing-thousand'
  /** Gave the ROAS where the ROI is asked. */
  | 'roas-not-roi'
  /** Gave the ROI (ROAS − 1) where the ROAS is asked. */
  | 'roi-not-roas'
  /** Forgot the gross margin: worked on revenue (break-even CPA, ROI after margin, max CPC, CLV). */
  | 'revenue-not-margin'
  /** Used a rate or margin as a percentage (2 for 2 %) inside the formula. */
  | 'percent-not-fraction'
  /** Dropped the minus of a decline or a loss. */
  | 'missing-minus'
  /** Gave end ÷ start (120 %) for a growth (20 %). */
  | 'ratio-not-growth'
  /** Gave the break-even CPA where the max CPC is asked (forgot the conversion rate). */
  | 'cpa-not-cpc';

/** When two mistakes give the same number, the earlier one here is named. */
export const MISTAKE_PRIORITY: readonly MistakeCode[] = [
  'missing-minus',
  'fraction-not-percent',
  'missing-thousand',
  'revenue-not-margin',
  'roas-not-roi',
  'roi-not-roas',
  'cpa-not-cpc',
  'percent-not-fraction',
  'ratio-not-growth',
  'wrong-denominator',
  'inverted-ratio',
];

export interface MistakeCandidate {
  code: MistakeCode;
  /** What the mistaken computation gives, in the question's display units (6 for 6 %). */
  value: number;
  /** The decimals a typed number must match it to: its unit's, and at least two significant digits. */
  precision: number;
  /** The number the mistake is about: the wrong denominator, the rate used as a percentage. */
  input?: InputName;
}

/** Decimals that show two significant digits of x (0.0625 → 3), so a lucky one-digit guess names nothing. */
function twoSignificant(x: number): number {
  return x === 0 ? 0 : 1 - Math.floor(Math.log10(Math.abs(x)));
}

/**
 * Every wrong result the question's numbers allow for, in display units. The
 * grader keeps those that differ from the right answer and names the first
 * one (by MISTAKE_PRIORITY) the attendee's number stands for.
 */
export function mistakeCandidates(question: MetricQuestion, expected: number): MistakeCandidate[] {
  const definition = METRICS[question.metric];
  const scale = UNIT_SCALE[definition.unit];
  const precision = UNIT_PRECISION[definition.unit];
  const inputs = question.inputs;
  const get = (name: InputName): number => inputs[name] ?? Number.NaN;
  const found: MistakeCandidate[] = [];
  // A division by a number shown as 0 gives no finite value: it names nothing, so no zero needs a guard below.
  const add = (code: MistakeCode, value: number, unitPrecision: number, input?: InputName) => {
    if (Number.isFinite(value)) {
      found.push({ code, value, precision: Math.max(unitPrecision, twoSignificant(value)), input });
    }
  };
  const asPercentAndPlain = (code: MistakeCode, plain: number) => {
    add(code, plain * 100, UNIT_PRECISION.percent);
    add(code, plain, UNIT_PRECISION.multiple);
  };

  // To the hundredth (a whole percentage), and at least two significant digits: 0,13 for 12,5 %.
  if (definition.unit === 'percent') add('fraction-not-percent', expected, 2);
  if (definition.signed && expected < 0) add('missing-minus', -expected * scale, precision);

  if (definition.ratio) {
    const { numerator, denominator } = definition.ratio;
    const factor = scale * (question.metric === 'cpm' ? 1000 : 1);
    const top = get(numerator);
    const bottom = get(denominator);
    // Sorted, so that the same question names the same input whatever order its author wrote them in.
    for (const name of Object.keys(inputs).sort()) {
      if (name === numerator || name === denominator || !isInputName(name)) continue;
      if (INPUT_LABELS[name].unit !== INPUT_LABELS[denominator].unit) continue;
      add('wrong-denominator', (top / get(name)) * factor, precision, name);
    }
    add('inverted-ratio', (bottom / top) * factor, precision);
    add('inverted-ratio', bottom / top, UNIT_PRECISION.multiple);
  }

  const revenue = get('revenue');
  const cost = get('cost');
  const margin = get('grossMargin');
  const orderValue = get('averageOrderValue');
  switch (question.metric) {
    case 'cpm':
      add('missing-thousand', get('spend') / get('impressions'), UNIT_PRECISION.mad);
      break;
    case 'roi':
      asPercentAndPlain('roas-not-roi', revenue / cost);
      add('wrong-denominator', ((revenue - cost) / revenue) * 100, precision, 'revenue');
      break;
    case 'roiAfterMargin':
      add('revenue-not-margin', ((revenue - cost) / cost) * 100, precision);
      asPercentAndPlain('roas-not-roi', (revenue * margin) / cost);
      asPercentAndPlain('roas-not-roi', revenue / cost);
      add('percent-not-fraction', ((revenue * margin * 100 - cost) / cost) * 100, precision, 'grossMargin');
      add('wrong-denominator', ((revenue * margin - cost) / revenue) * 100, precision, 'revenue');
      break;
    case 'roas':
      add('roi-not-roas', (revenue - get('spend')) / get('spend'), precision);
      break;
    case 'breakEvenCpa':
      add('revenue-not-margin', orderValue, precision);
      add('percent-not-fraction', expected * 100, precision, 'grossMargin');
      break;
    case 'breakEvenRoas':
      add('inverted-ratio', margin, precision);
      add('inverted-ratio', margin * 100, precision);
      add('roi-not-roas', 1 / margin - 1, precision);
      add('percent-not-fraction', 1 / (margin * 100), precision, 'grossMargin');
      break;
    case 'maxCpc':
      add('revenue-not-margin', orderValue * get('conversionRate'), precision);
      add('cpa-not-cpc', orderValue * margin, precision);
      // A conversion rate and a margin typed as percentages give the same number: the rate is named,
      // being the one the lesson warns about.
      add('percent-not-fraction', expected * 100, precision, 'conversionRate');
      break;
    case 'customerLifetimeValue':
      if (inputs.grossMargin !== undefined) {
        add('revenue-not-margin', orderValue * get('purchasesPerYear') * get('years'), precision);
        add('percent-not-fraction', expected * 100, precision, 'grossMargin');
      }
      break;
    case 'growthRate': {
      const start = get('start');
      const end = get('end');
      add('wrong-denominator', ((end - start) / end) * 100, precision, 'end');
      asPercentAndPlain('ratio-not-growth', end / start);
      break;
    }
    case 'shareOfVoice': {
      const brand = get('brand');
      const others = get('others');
      add('wrong-denominator', (brand / others) * 100, precision, 'others');
      asPercentAndPlain('inverted-ratio', (brand + others) / brand);
      break;
    }
  }
  return found;
}
