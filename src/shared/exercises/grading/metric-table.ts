import * as metrics from '../../metrics/index';

/**
 * Every metric a question may ask for, with what a person reads about it:
 * its French name, unit, formula and the numbers it needs. The content
 * checker, the question component and the grader read this one table; the
 * numbers themselves always come from the metrics module.
 */

/** How a result is typed and shown: rates as percentages, money in MAD, ROAS as a multiple. */
export type MetricUnit = 'percent' | 'mad' | 'multiple' | 'count';

export interface InputLabel {
  /** As in a table header: « portée ». */
  label: string;
  /** With its article, for sentences: « la portée ». */
  the: string;
  /** How the number is shown: `percent` holds a fraction (0.4 shown « 40 % »). */
  unit: MetricUnit;
}

/** Every number a question may show, metric inputs and the numbers beside them. */
export const INPUT_LABELS = {
  followers: { label: 'abonnés', the: 'les abonnés', unit: 'count' },
  reach: { label: 'portée', the: 'la portée', unit: 'count' },
  impressions: { label: 'impressions', the: 'les impressions', unit: 'count' },
  engagements: { label: 'interactions', the: 'les interactions', unit: 'count' },
  clicks: { label: 'clics', the: 'les clics', unit: 'count' },
  visits: { label: 'visites', the: 'les visites', unit: 'count' },
  conversions: { label: 'conversions', the: 'les conversions', unit: 'count' },
  start: { label: 'valeur de départ', the: 'la valeur de départ', unit: 'count' },
  end: { label: 'valeur d’arrivée', the: 'la valeur d’arrivée', unit: 'count' },
  brand: { label: 'mentions de la marque', the: 'les mentions de la marque', unit: 'count' },
  others: { label: 'mentions des concurrents', the: 'les mentions des concurrents', unit: 'count' },
  spend: { label: 'dépense', the: 'la dépense', unit: 'mad' },
  cost: { label: 'coût', the: 'le coût', unit: 'mad' },
  revenue: { label: 'chiffre d’affaires', the: 'le chiffre d’affaires', unit: 'mad' },
  averageOrderValue: { label: 'panier moyen', the: 'le panier moyen', unit: 'mad' },
  grossMargin: { label: 'marge brute', the: 'la marge brute', unit: 'percent' },
  conversionRate: { label: 'taux de conversion', the: 'le taux de conversion', unit: 'percent' },
  purchasesPerYear: { label: 'achats par an', the: 'les achats par an', unit: 'count' },
  years: { label: 'années', the: 'le nombre d’années', unit: 'count' },
} as const satisfies Record<string, InputLabel>;

export type InputName = keyof typeof INPUT_LABELS;

export type MetricName =
  | 'engagementRateByReach'
  | 'engagementRateByFollowers'
  | 'engagementRateByImpressions'
  | 'clickThroughRate'
  | 'conversionRate'
  | 'growthRate'
  | 'shareOfVoice'
  | 'cpm'
  | 'cpc'
  | 'cpa'
  | 'roas'
  | 'roi'
  | 'roiAfterMargin'
  | 'breakEvenCpa'
  | 'breakEvenRoas'
  | 'maxCpc'
  | 'customerLifetimeValue';

export interface MetricDefinition {
  /** As a heading: « Taux d’engagement par portée ». */
  label: string;
  /** With its article, for sentences: « le taux d’engagement par portée ». */
  the: string;
  unit: MetricUnit;
  /** The formula as the lessons write it, in the unit the attendee types. */
  formula: string;
  /** The inputs the metric function needs. */
  inputs: readonly InputName[];
  /** Inputs it takes when given (a margin for a lifetime value). */
  optionalInputs: readonly InputName[];
  /** For a plain division: what is divided by what (to name a wrong or inverted division). */
  ratio?: { numerator: InputName; denominator: InputName };
  /** What the metric divides by, with its article, where it divides. */
  dividesBy?: string;
  /** May be negative: a decline, a campaign that loses money. */
  signed: boolean;
  /** The metrics-module function, called with the question's inputs. */
  compute(inputs: Readonly<Record<string, number>>): number | null;
}

/** Calls a metrics function with only the inputs it takes: extra shown numbers stay out of it. */
function call<K extends InputName>(
  fn: (input: Record<K, number>) => number | null,
  names: readonly K[],
  optional: readonly K[] = [],
): MetricDefinition['compute'] {
  return (inputs) => {
    const picked: Partial<Record<K, number>> = {};
    for (const name of names) picked[name] = inputs[name] as number;
    // Stryker disable next-line ConditionalExpression: the metrics module reads an undefined optional input as an absent one (`?? 1`)
    for (const name of optional) if (inputs[name] !== undefined) picked[name] = inputs[name];
    return fn(picked as Record<K, number>);
  };
}

function ratioMetric(
  label: string,
  the: string,
  unit: 'percent' | 'mad' | 'multiple',
  numerator: InputName,
  denominator: InputName,
  fn: (input: Record<InputName, number>) => number | null,
  formula?: string,
): MetricDefinition {
  const times = unit === 'percent' ? ' × 100' : '';
  return {
    label,
    the,
    unit,
    formula: formula ?? `${INPUT_LABELS[numerator].label} ÷ ${INPUT_LABELS[denominator].label}${times}`,
    inputs: [numerator, denominator],
    optionalInputs: [],
    ratio: { numerator, denominator },
    dividesBy: INPUT_LABELS[denominator].the,
    signed: false,
    compute: call(fn, [numerator, denominator]),
  };
}

export const METRICS: Readonly<Record<MetricName, MetricDefinition>> = {
  engagementRateByReach: ratioMetric(
    'Taux d’engagement par portée',
    'le taux d’engagement par portée',
    'percent',
    'engagements',
    'reach',
    metrics.engagementRateByReach,
  ),
  engagementRateByFollowers: ratioMetric(
    'Taux d’engagement par abonnés',
    'le taux d’engagement par abonnés',
    'percent',
    'engagements',
    'followers',
    metrics.engagementRateByFollowers,
  ),
  engagementRateByImpressions: ratioMetric(
    'Taux d’engagement par impressions',
    'le taux d’engagement par impressions',
    'percent',
    'engagements',
    'impressions',
    metrics.engagementRateByImpressions,
  ),
  clickThroughRate: ratioMetric(
    'Taux de clics (CTR)',
    'le taux de clics',
    'percent',
    'clicks',
    'impressions',
    metrics.clickThroughRate,
  ),
  conversionRate: ratioMetric(
    'Taux de conversion',
    'le taux de conversion',
    'percent',
    'conversions',
    'visits',
    metrics.conversionRate,
  ),
  growthRate: {
    label: 'Taux de croissance',
    the: 'le taux de croissance',
    unit: 'percent',
    formula: '(valeur d’arrivée − valeur de départ) ÷ valeur de départ × 100',
    inputs: ['start', 'end'],
    optionalInputs: [],
    dividesBy: 'la valeur de départ',
    signed: true,
    compute: call(metrics.growthRate, ['start', 'end']),
  },
  shareOfVoice: {
    label: 'Part de voix',
    the: 'la part de voix',
    unit: 'percent',
    formula: 'mentions de la marque ÷ (mentions de la marque + mentions des concurrents) × 100',
    inputs: ['brand', 'others'],
    optionalInputs: [],
    dividesBy: 'toutes les mentions (marque et concurrents)',
    signed: false,
    compute: call(metrics.shareOfVoice, ['brand', 'others']),
  },
  cpm: ratioMetric(
    'CPM (coût pour mille impressions)',
    'le CPM',
    'mad',
    'spend',
    'impressions',
    metrics.cpm,
    'dépense ÷ impressions × 1 000',
  ),
  cpc: ratioMetric('CPC (coût par clic)', 'le CPC', 'mad', 'spend', 'clicks', metrics.cpc),
  cpa: ratioMetric('CPA (coût par acquisition)', 'le CPA', 'mad', 'spend', 'conversions', metrics.cpa),
  roas: ratioMetric('ROAS', 'le ROAS', 'multiple', 'revenue', 'spend', metrics.roas),
  roi: {
    label: 'ROI sur CA',
    the: 'le ROI sur CA',
    unit: 'percent',
    formula: '(chiffre d’affaires − coût) ÷ coût × 100',
    inputs: ['revenue', 'cost'],
    optionalInputs: [],
    dividesBy: 'le coût',
    signed: true,
    compute: call(metrics.roi, ['revenue', 'cost']),
  },
  roiAfterMargin: {
    label: 'ROI après marge',
    the: 'le ROI après marge',
    unit: 'percent',
    formula: '(chiffre d’affaires × marge brute − coût) ÷ coût × 100',
    inputs: ['revenue', 'grossMargin', 'cost'],
    optionalInputs: [],
    dividesBy: 'le coût',
    signed: true,
    compute: call(metrics.roiAfterMargin, ['revenue', 'grossMargin', 'cost']),
  },
  breakEvenCpa: {
    label: 'CPA maximal (point mort)',
    the: 'le CPA maximal',
    unit: 'mad',
    formula: 'panier moyen × marge brute',
    inputs: ['averageOrderValue', 'grossMargin'],
    optionalInputs: [],
    signed: false,
    compute: call(metrics.breakEvenCpa, ['averageOrderValue', 'grossMargin']),
  },
  breakEvenRoas: {
    label: 'ROAS minimal (point mort)',
    the: 'le ROAS minimal',
    unit: 'multiple',
    formula: '1 ÷ marge brute',
    inputs: ['grossMargin'],
    optionalInputs: [],
    dividesBy: 'la marge brute',
    signed: false,
    compute: call(metrics.breakEvenRoas, ['grossMargin']),
  },
  maxCpc: {
    label: 'CPC maximal',
    the: 'le CPC maximal',
    unit: 'mad',
    formula: 'panier moyen × marge brute × taux de conversion',
    inputs: ['averageOrderValue', 'grossMargin', 'conversionRate'],
    optionalInputs: [],
    signed: false,
    compute: call(metrics.maxCpc, ['averageOrderValue', 'grossMargin', 'conversionRate']),
  },
  customerLifetimeValue: {
    label: 'Valeur vie client (CLV)',
    the: 'la valeur vie client',
    unit: 'mad',
    formula: 'panier moyen × achats par an × années (× marge brute, quand elle est donnée)',
    inputs: ['averageOrderValue', 'purchasesPerYear', 'years'],
    optionalInputs: ['grossMargin'],
    signed: false,
    compute: call(metrics.customerLifetimeValue, ['averageOrderValue', 'purchasesPerYear', 'years'], ['grossMargin']),
  },
};

export const METRIC_NAMES: readonly MetricName[] = Object.keys(METRICS) as MetricName[];

export function isMetricName(name: unknown): name is MetricName {
  return typeof name === 'string' && Object.hasOwn(METRICS, name);
}

export function isInputName(name: unknown): name is InputName {
  return typeof name === 'string' && Object.hasOwn(INPUT_LABELS, name);
}

/** Decimals a question shows and accepts, by unit: 6,3 %, 12,50 MAD, 2,5 (a ROAS), 24 000. */
export const UNIT_PRECISION: Readonly<Record<MetricUnit, number>> = {
  percent: 1,
  mad: 2,
  multiple: 2,
  count: 0,
};

/** Display units: a percentage shows its rate × 100, everything else as it is. */
export const UNIT_SCALE: Readonly<Record<MetricUnit, number>> = {
  percent: 100,
  mad: 1,
  multiple: 1,
  count: 1,
};
