import { describe, expect, it } from 'vitest';
import * as m from '../../metrics/index';
import { INPUT_LABELS, isInputName, isMetricName, METRIC_NAMES, METRICS, type MetricName } from './metric-table';
import { expectedValue, validateQuestion } from './validate-question';

const SAMPLES: Record<MetricName, [Record<string, number>, number | null]> = {
  engagementRateByReach: [
    { engagements: 250, reach: 2000 },
    m.engagementRateByReach({ engagements: 250, reach: 2000 }),
  ],
  engagementRateByFollowers: [
    { engagements: 90, followers: 3000 },
    m.engagementRateByFollowers({ engagements: 90, followers: 3000 }),
  ],
  engagementRateByImpressions: [
    { engagements: 45, impressions: 9000 },
    m.engagementRateByImpressions({ engagements: 45, impressions: 9000 }),
  ],
  clickThroughRate: [{ clicks: 120, impressions: 8000 }, m.clickThroughRate({ clicks: 120, impressions: 8000 })],
  conversionRate: [{ conversions: 30, visits: 1200 }, m.conversionRate({ conversions: 30, visits: 1200 })],
  growthRate: [{ start: 400, end: 300 }, m.growthRate({ start: 400, end: 300 })],
  shareOfVoice: [{ brand: 30, others: 90 }, m.shareOfVoice({ brand: 30, others: 90 })],
  cpm: [{ spend: 500, impressions: 25000 }, m.cpm({ spend: 500, impressions: 25000 })],
  cpc: [{ spend: 500, clicks: 200 }, m.cpc({ spend: 500, clicks: 200 })],
  cpa: [{ spend: 600, conversions: 8 }, m.cpa({ spend: 600, conversions: 8 })],
  roas: [{ revenue: 3000, spend: 1000 }, m.roas({ revenue: 3000, spend: 1000 })],
  roi: [{ revenue: 500, cost: 1000 }, m.roi({ revenue: 500, cost: 1000 })],
  roiAfterMargin: [
    { revenue: 2000, grossMargin: 0.4, cost: 1000 },
    m.roiAfterMargin({ revenue: 2000, grossMargin: 0.4, cost: 1000 }),
  ],
  breakEvenCpa: [
    { averageOrderValue: 200, grossMargin: 0.4 },
    m.breakEvenCpa({ averageOrderValue: 200, grossMargin: 0.4 }),
  ],
  breakEvenRoas: [{ grossMargin: 0.25 }, m.breakEvenRoas({ grossMargin: 0.25 })],
  maxCpc: [
    { averageOrderValue: 200, grossMargin: 0.5, conversionRate: 0.02 },
    m.maxCpc({ averageOrderValue: 200, grossMargin: 0.5, conversionRate: 0.02 }),
  ],
  customerLifetimeValue: [
    { averageOrderValue: 50, purchasesPerYear: 12, years: 3, grossMargin: 0.5 },
    m.customerLifetimeValue({ averageOrderValue: 50, purchasesPerYear: 12, years: 3, grossMargin: 0.5 }),
  ],
};

describe('METRICS', () => {
  it('has one entry per metric a question may ask for', () => {
    expect([...METRIC_NAMES].sort()).toEqual(Object.keys(SAMPLES).sort());
    expect(isMetricName('roiAfterMargin')).toBe(true);
    expect(isMetricName('funnel')).toBe(false);
    expect(isMetricName('toString')).toBe(false);
    expect(isInputName('hasOwnProperty')).toBe(false);
  });

  it('takes names only as strings: a name in a list (a content slip) is no name', () => {
    expect(isMetricName(['cpm'])).toBe(false);
    expect(isInputName(['reach'])).toBe(false);
    expect(isInputName('reach')).toBe(true);
  });

  it.each(METRIC_NAMES)('%s computes what the metrics module computes', (name) => {
    const [inputs, expected] = SAMPLES[name];
    expect(METRICS[name].compute(inputs)).toBe(expected);
  });

  it.each(METRIC_NAMES)('%s shows a French formula with the label of every input', (name) => {
    const definition = METRICS[name];
    expect(definition.label.length).toBeGreaterThan(0);
    expect(definition.the).toMatch(/^(le|la|les|l’) /);
    for (const input of [...definition.inputs, ...definition.optionalInputs]) {
      expect(definition.formula).toContain(INPUT_LABELS[input].label);
    }
    if (definition.unit === 'percent') expect(definition.formula).toMatch(/× 100$/);
  });

  it('labels the ROI that ignores the margin as « sur CA »', () => {
    expect(METRICS.roi.label).toBe('ROI sur CA');
    expect(METRICS.roiAfterMargin.label).toBe('ROI après marge');
  });

  it('has French labels for the numbers questions show', () => {
    expect(INPUT_LABELS.followers.label).toBe('abonnés');
    expect(INPUT_LABELS.reach.label).toBe('portée');
    expect(INPUT_LABELS.engagements.label).toBe('interactions');
    expect(INPUT_LABELS.revenue.label).toBe('chiffre d’affaires');
    expect(INPUT_LABELS.grossMargin).toEqual({ label: 'marge brute', the: 'la marge brute', unit: 'percent' });
    expect(INPUT_LABELS.averageOrderValue.label).toBe('panier moyen');
  });
});

describe('validateQuestion', () => {
  it('accepts a question with its inputs and numbers beside them', () => {
    const question = { metric: 'engagementRateByReach', inputs: { engagements: 250, reach: 2000, followers: 5000 } };
    expect(validateQuestion(question)).toBeNull();
    expect(expectedValue(question as never)).toBe(0.125);
    expect(validateQuestion({ metric: 'customerLifetimeValue', inputs: SAMPLES.customerLifetimeValue[0] })).toBeNull();
  });

  it.each([
    [
      { metric: 'engagementRate', inputs: {} },
      'Métrique inconnue : « engagementRate ». Métriques possibles : engagementRateByReach,',
    ],
    [{ metric: 'cpm', inputs: null }, 'Donnez les nombres'],
    [
      { metric: 'engagementRateByReach', inputs: { engagements: 250 } },
      'Il manque la portée (reach) pour calculer le taux d’engagement par portée.',
    ],
    [{ metric: 'cpc', inputs: { spend: 10, clicks: 5, likes: 3 } }, 'Donnée inconnue : « likes ».'],
    [
      { metric: 'cpc', inputs: { spend: -10, clicks: 5 } },
      '« dépense » (spend) doit être un nombre positif ou nul, pas -10.',
    ],
    [{ metric: 'cpc', inputs: { spend: Number.NaN, clicks: 5 } }, 'pas NaN'],
    [{ metric: 'cpc', inputs: { spend: '10', clicks: 5 } }, 'pas string'],
    [
      { metric: 'breakEvenCpa', inputs: { averageOrderValue: 200, grossMargin: 40 } },
      '« marge brute » (grossMargin) est une fraction : 0,4 pour 40 %, au plus 1.',
    ],
    [{ metric: 'maxCpc', inputs: { averageOrderValue: 200, grossMargin: 0.5, conversionRate: 2 } }, 'est une fraction'],
    [
      { metric: 'engagementRateByReach', inputs: { engagements: 5, reach: 0 } },
      'Division par zéro : la portée vaut 0. Avec ces nombres, le taux d’engagement par portée n’est pas défini.',
    ],
    [{ metric: 'cpc', inputs: { spend: 5, clicks: 0 } }, 'les clics valent 0'],
    [{ metric: 'breakEvenRoas', inputs: { grossMargin: 0 } }, 'la marge brute vaut 0'],
    [
      { metric: 'shareOfVoice', inputs: { brand: 0, others: 0 } },
      'toutes les mentions (marque et concurrents) valent 0',
    ],
  ])('refuses %j', (question, message) => {
    expect(validateQuestion(question as never)).toContain(message);
    expect(expectedValue(question as never)).toBeNull();
  });
});
