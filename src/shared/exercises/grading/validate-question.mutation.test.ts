import { describe, expect, it } from 'vitest';
import { INPUT_LABELS, METRIC_NAMES, METRICS } from './metric-table';
import { expectedValue, validateQuestion } from './validate-question';

const check = (metric: unknown, inputs: unknown) => validateQuestion({ metric, inputs } as never);

describe('validateQuestion tells the content author what is wrong, in French', () => {
  it('lists every missing input, separated by commas', () => {
    expect(check('engagementRateByReach', {})).toBe(
      'Il manque les interactions (engagements), la portée (reach) pour calculer le taux d’engagement par portée.',
    );
  });

  it('lists the inputs a question may show, separated by commas', () => {
    expect(check('cpc', { spend: 10, clicks: 5, likes: 3 })).toBe(
      `Donnée inconnue : « likes ». Données possibles : ${Object.keys(INPUT_LABELS).join(', ')}.`,
    );
    expect(check('cpc', { spend: 10, clicks: 5, likes: 3 })).toContain('followers, reach, impressions, engagements');
  });

  it('asks for the numbers when inputs is not an object', () => {
    expect(check('cpc', 'spend=10, clicks=5')).toBe('Donnez les nombres de la question (inputs).');
    expect(check('cpc', 12)).toBe('Donnez les nombres de la question (inputs).');
  });

  it('says « rien » for a number left empty beside the inputs', () => {
    expect(check('cpc', { spend: 10, clicks: 5, reach: undefined })).toBe(
      '« portée » (reach) doit être un nombre positif ou nul, pas rien.',
    );
  });

  it.each([
    [Number.POSITIVE_INFINITY, 'pas Infinity.'],
    ['10', 'pas string.'],
    [null, 'pas object.'],
    [true, 'pas boolean.'],
  ])('refuses %j where a number is needed', (value, message) => {
    expect(check('cpc', { spend: value, clicks: 5 })).toBe(
      `« dépense » (spend) doit être un nombre positif ou nul, ${message}`,
    );
  });

  it('accepts a margin of 100 %, and refuses 12,5 written for 12,5 %', () => {
    expect(check('breakEvenRoas', { grossMargin: 1 })).toBeNull();
    expect(expectedValue({ metric: 'breakEvenRoas', inputs: { grossMargin: 1 } })).toBe(1);
    expect(check('breakEvenCpa', { averageOrderValue: 200, grossMargin: 12.5 })).toBe(
      '« marge brute » (grossMargin) est une fraction : 0,125 pour 12,5 %, au plus 1.',
    );
    expect(check('breakEvenCpa', { averageOrderValue: 200, grossMargin: 1.0001 })).toContain('est une fraction');
  });

  it('takes a metric name only as a string, not in a list', () => {
    expect(check(['cpm'], { spend: 500, impressions: 25000 })).toMatch(/^Métrique inconnue : « cpm »/);
  });

  it.each([
    [
      'shareOfVoice',
      { brand: 0, others: 0 },
      'toutes les mentions (marque et concurrents) valent 0',
      'la part de voix n’est pas définie.',
    ],
    ['cpc', { spend: 5, clicks: 0 }, 'les clics valent 0', 'le CPC n’est pas défini.'],
    ['growthRate', { start: 0, end: 300 }, 'la valeur de départ vaut 0', 'le taux de croissance n’est pas défini.'],
    ['roi', { revenue: 500, cost: 0 }, 'le coût vaut 0', 'le ROI sur CA n’est pas défini.'],
  ])('%s: names the divisor at 0, with the agreement of the metric’s gender', (metric, inputs, divisor, defined) => {
    expect(check(metric, inputs)).toBe(`Division par zéro : ${divisor}. Avec ces nombres, ${defined}`);
  });

  it('says numbers too large to compute are too large, not a division by zero', () => {
    const huge = { averageOrderValue: 1e200, purchasesPerYear: 1e200, years: 3 };
    expect(check('customerLifetimeValue', huge)).toBe(
      'Ces nombres sont trop grands pour calculer la valeur vie client.',
    );
    expect(expectedValue({ metric: 'customerLifetimeValue', inputs: huge })).toBeNull();
  });

  it('knows by what every metric that can have no answer divides', () => {
    // « Division par zéro : … vaut 0 » needs the divisor of every metric that can give null.
    for (const metric of METRIC_NAMES) {
      const definition = METRICS[metric];
      const zeros = Object.fromEntries(definition.inputs.map((name) => [name, 0]));
      if (definition.compute(zeros) === null) expect(definition.dividesBy, metric).toMatch(/^(le|la|les|toutes) /);
    }
  });
});
