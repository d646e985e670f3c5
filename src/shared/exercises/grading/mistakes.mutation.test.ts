import { describe, expect, it } from 'vitest';
import { gradeMetricAnswer } from './grade';
import { METRICS, type MetricName } from './metric-table';
import { mistakeCandidates, type MistakeCode } from './mistakes';
import type { MetricQuestion } from './validate-question';

const q = (metric: MetricName, inputs: Record<string, number>): MetricQuestion => ({ metric, inputs });
const expectedOf = (question: MetricQuestion) => METRICS[question.metric].compute(question.inputs)!;

const lessonRoi = q('roiAfterMargin', { revenue: 2000, grossMargin: 0.4, cost: 1000 }); // −20 %
const cpmByReach = q('cpm', { spend: 500, impressions: 25000, reach: 20000 }); // 20 MAD
const growth = q('growthRate', { start: 20000, end: 24000 }); // 20 %
const voice = q('shareOfVoice', { brand: 30, others: 90 }); // 25 %
const breakEvenRoas = q('breakEvenRoas', { grossMargin: 0.25 }); // 4
const maxCpc = q('maxCpc', { averageOrderValue: 200, grossMargin: 0.5, conversionRate: 0.02 }); // 2 MAD
const clv = q('customerLifetimeValue', { averageOrderValue: 50, purchasesPerYear: 12, years: 3, grossMargin: 0.5 });

describe('each named mistake, from a realistic wrong answer, says what was done in French', () => {
  const cases: [string, MetricQuestion, string, MistakeCode, string][] = [
    [
      'CPM divided by the reach',
      cpmByReach,
      '25',
      'wrong-denominator',
      'Vous avez divisé par la portée ; le CPM divise par les impressions.',
    ],
    [
      'ROI divided by the revenue',
      q('roi', { revenue: 3000, cost: 1000 }),
      '66,7',
      'wrong-denominator',
      'Vous avez divisé par le chiffre d’affaires ; le ROI sur CA divise par le coût.',
    ],
    [
      'ROI after margin divided by the revenue',
      lessonRoi,
      '-10',
      'wrong-denominator',
      'Vous avez divisé par le chiffre d’affaires ; le ROI après marge divise par le coût.',
    ],
    [
      'growth divided by the end value',
      growth,
      '16,7',
      'wrong-denominator',
      'Vous avez divisé par la valeur d’arrivée ; le taux de croissance divise par la valeur de départ.',
    ],
    [
      'share of voice divided by the competitors only',
      voice,
      '33,3',
      'wrong-denominator',
      'Vous avez divisé par les mentions des concurrents ; la part de voix divise par toutes les mentions (marque et concurrents).',
    ],
    [
      'impressions ÷ spend for the CPM',
      cpmByReach,
      '50000',
      'inverted-ratio',
      'Vous avez divisé les impressions par la dépense : c’est l’inverse. Le CPM divise la dépense par les impressions.',
    ],
    [
      'all mentions ÷ brand, as a percentage',
      voice,
      '400',
      'inverted-ratio',
      'Vous avez fait la division à l’envers. La part de voix = mentions de la marque ÷ (mentions de la marque + mentions des concurrents) × 100.',
    ],
    [
      'all mentions ÷ brand, as it came',
      voice,
      '4',
      'inverted-ratio',
      'Vous avez fait la division à l’envers. La part de voix = mentions de la marque ÷ (mentions de la marque + mentions des concurrents) × 100.',
    ],
    [
      'the margin itself, as a percentage, for the break-even ROAS',
      breakEvenRoas,
      '25',
      'inverted-ratio',
      'Vous avez donné la marge brute elle-même ; le ROAS minimal en est l’inverse : 1 ÷ marge brute.',
    ],
    [
      'the margin itself, as a fraction, for the break-even ROAS',
      breakEvenRoas,
      '0,25',
      'inverted-ratio',
      'Vous avez donné la marge brute elle-même ; le ROAS minimal en est l’inverse : 1 ÷ marge brute.',
    ],
    [
      'a rate of 6,25 % given as a fraction',
      q('engagementRateByReach', { engagements: 125, reach: 2000 }),
      '0,0625',
      'fraction-not-percent',
      'Vous avez donné une fraction ; le taux d’engagement par portée s’écrit en pourcentage : multipliez par 100 (0,0625 → 6,25\u202f%).',
    ],
    [
      'CPM without the × 1 000',
      q('cpm', { spend: 500, impressions: 25000 }),
      '0,02',
      'missing-thousand',
      'Vous avez divisé la dépense par les impressions sans multiplier par 1 000 ; le CPM est le coût pour mille impressions : dépense ÷ impressions × 1 000.',
    ],
    [
      'the ROAS after margin for the ROI after margin',
      lessonRoi,
      '0,8',
      'roas-not-roi',
      'Vous avez donné un ROAS (ce que rapporte chaque dirham dépensé) ; le ROI après marge retire d’abord le coût : (chiffre d’affaires × marge brute − coût) ÷ coût × 100. Le ROI vaut ROAS − 1.',
    ],
    [
      'the ROAS after margin, as a percentage, for the ROI after margin',
      lessonRoi,
      '80 %',
      'roas-not-roi',
      'Vous avez donné un ROAS (ce que rapporte chaque dirham dépensé) ; le ROI après marge retire d’abord le coût : (chiffre d’affaires × marge brute − coût) ÷ coût × 100. Le ROI vaut ROAS − 1.',
    ],
    [
      'the break-even ROI for the break-even ROAS',
      breakEvenRoas,
      '3',
      'roi-not-roas',
      'Vous avez donné un ROI (le gain une fois la dépense retirée) ; le ROAS minimal ne retire rien : 1 ÷ marge brute. Le ROAS vaut ROI + 1.',
    ],
    [
      'the order value for the break-even CPA',
      q('breakEvenCpa', { averageOrderValue: 200, grossMargin: 0.4 }),
      '200',
      'revenue-not-margin',
      'Vous avez calculé sur le chiffre d’affaires et oublié la marge brute : une vente ne rapporte que sa marge. Le CPA maximal = panier moyen × marge brute.',
    ],
    [
      'a margin of 40 % typed 40 in the ROI after margin',
      lessonRoi,
      '7900',
      'percent-not-fraction',
      'Vous avez utilisé la marge brute en pourcentage (40 au lieu de 0,4) ; dans la formule, 40\u202f% s’écrit 0,4. Le ROI après marge = (chiffre d’affaires × marge brute − coût) ÷ coût × 100.',
    ],
    [
      'a margin of 40 % typed 40 in the break-even CPA',
      q('breakEvenCpa', { averageOrderValue: 200, grossMargin: 0.4 }),
      '8000',
      'percent-not-fraction',
      'Vous avez utilisé la marge brute en pourcentage (40 au lieu de 0,4) ; dans la formule, 40\u202f% s’écrit 0,4. Le CPA maximal = panier moyen × marge brute.',
    ],
    [
      'a margin of 25 % typed 25 in the break-even ROAS',
      breakEvenRoas,
      '0,04',
      'percent-not-fraction',
      'Vous avez utilisé la marge brute en pourcentage (25 au lieu de 0,25) ; dans la formule, 25\u202f% s’écrit 0,25. Le ROAS minimal = 1 ÷ marge brute.',
    ],
    [
      'a margin of 50 % typed 50 in the lifetime value',
      clv,
      '90000',
      'percent-not-fraction',
      'Vous avez utilisé la marge brute en pourcentage (50 au lieu de 0,5) ; dans la formule, 50\u202f% s’écrit 0,5. La valeur vie client = panier moyen × achats par an × années (× marge brute, quand elle est donnée).',
    ],
    [
      'a conversion rate of 1,25 % typed 1,25 in the max CPC',
      q('maxCpc', { averageOrderValue: 200, grossMargin: 0.5, conversionRate: 0.0125 }),
      '125',
      'percent-not-fraction',
      'Vous avez utilisé le taux de conversion en pourcentage (1,25 au lieu de 0,0125) ; dans la formule, 1,25\u202f% s’écrit 0,0125. Le CPC maximal = panier moyen × marge brute × taux de conversion.',
    ],
    [
      'a loss on revenue without its minus',
      q('roi', { revenue: 400, cost: 1000 }),
      '60',
      'missing-minus',
      'Vous avez oublié le signe moins : le ROI sur CA est négatif ici, car la campagne a coûté plus qu’elle n’a rapporté.',
    ],
    [
      'a decline without its minus',
      q('growthRate', { start: 400, end: 300 }),
      '25 %',
      'missing-minus',
      'Vous avez oublié le signe moins : le taux de croissance est négatif ici, car la valeur a baissé.',
    ],
    [
      'end ÷ start for a growth, as a percentage',
      growth,
      '120',
      'ratio-not-growth',
      'Vous avez divisé la valeur d’arrivée par la valeur de départ sans retirer 1 ; le taux de croissance mesure l’écart : (valeur d’arrivée − valeur de départ) ÷ valeur de départ × 100.',
    ],
    [
      'end ÷ start for a growth, as it came',
      growth,
      '1,2',
      'ratio-not-growth',
      'Vous avez divisé la valeur d’arrivée par la valeur de départ sans retirer 1 ; le taux de croissance mesure l’écart : (valeur d’arrivée − valeur de départ) ÷ valeur de départ × 100.',
    ],
    [
      'the break-even CPA for the max CPC',
      maxCpc,
      '100',
      'cpa-not-cpc',
      'Vous avez calculé le CPA maximal (panier moyen × marge brute) ; le CPC maximal multiplie encore par le taux de conversion, car il faut plusieurs clics pour une vente.',
    ],
  ];
  it.each(cases)('%s', (_name, question, typed, mistake, message) => {
    expect(gradeMetricAnswer(question, typed)).toEqual({
      verdict: 'mistake',
      mistake,
      expected: expectedOf(question),
      message,
    });
  });
});

describe('near misses are not named as a mistake', () => {
  it.each<[string, MetricQuestion, string]>([
    // A minus where the result is positive is a wrong sign, not a forgotten one.
    ['a minus on a rise', q('growthRate', { start: 400, end: 500 }), '-25'],
    ['a minus on a profit', q('roi', { revenue: 3000, cost: 1000 }), '-200'],
    // Without a margin in the question, nothing was forgotten about it.
    [
      'a lifetime value × 100 when no margin is given',
      q('customerLifetimeValue', { averageOrderValue: 50, purchasesPerYear: 12, years: 3 }),
      '180000',
    ],
    // The metric's own numerator is no other number to divide by.
    [
      'engagements ÷ engagements',
      q('engagementRateByReach', { engagements: 250, reach: 2000, followers: 5000 }),
      '100',
    ],
    // A margin is not a count: dividing by it is no wrong denominator for a ROAS.
    ['revenue ÷ margin for a ROAS', q('roas', { revenue: 3000, spend: 1000, grossMargin: 0.4 }), '7500'],
    // One significant digit is a guess, not a computation.
    ['brand ÷ others to one digit', voice, '33'],
    ['the ROAS after margin, 0,8, rounded to 1', lessonRoi, '1'],
  ])('%s', (_name, question, typed) => {
    expect(gradeMetricAnswer(question, typed)).toMatchObject({ verdict: 'incorrect', expected: expectedOf(question) });
  });

  it.each<[string, MetricQuestion]>([
    [
      'followers at 0 (a new account) for an engagement rate',
      q('engagementRateByReach', { engagements: 250, reach: 2000, followers: 0 }),
    ],
    ['no engagements for an engagement rate', q('engagementRateByReach', { engagements: 0, reach: 2000 })],
    ['no revenue for a ROI', q('roi', { revenue: 0, cost: 1000 })],
    ['no revenue for a ROI after margin', q('roiAfterMargin', { revenue: 0, grossMargin: 0.4, cost: 1000 })],
    ['an end value of 0 for a growth', q('growthRate', { start: 400, end: 0 })],
    ['no competitor mention for a share of voice', q('shareOfVoice', { brand: 30, others: 0 })],
    ['no brand mention for a share of voice', q('shareOfVoice', { brand: 0, others: 90 })],
  ])('a number shown as 0 names no division by it: %s', (_name, question) => {
    // Dividing by 0 gives no number an attendee could have typed.
    for (const typed of ['5', '12,5', '-50']) {
      expect(gradeMetricAnswer(question, typed).verdict, typed).not.toBe('mistake');
    }
  });

  it('names the earlier mistake by priority when two give the same number, whatever order they were found in', () => {
    // A margin of 61,8 % (the golden ratio): the margin itself and the break-even ROI, 1 ÷ 0,618 − 1, are both 0,62.
    const golden = q('breakEvenRoas', { grossMargin: 0.618 });
    expect(gradeMetricAnswer(golden, '0,62')).toMatchObject({ verdict: 'mistake', mistake: 'roi-not-roas' });
    expect(gradeMetricAnswer(golden, '61,8')).toMatchObject({ verdict: 'mistake', mistake: 'inverted-ratio' });
  });
});

describe('mistakeCandidates lists every mistaken computation, with the decimals it must be matched to', () => {
  it('keeps the unit’s decimals for a mistaken result of 0 (a campaign that brought nothing in)', () => {
    const question = q('roi', { revenue: 0, cost: 1000 }); // −100 %
    expect(mistakeCandidates(question, expectedOf(question))).toEqual([
      { code: 'fraction-not-percent', value: -1, precision: 2 },
      { code: 'missing-minus', value: 100, precision: 1 },
      { code: 'roas-not-roi', value: 0, precision: 1 },
      { code: 'roas-not-roi', value: 0, precision: 2 },
    ]);
  });

  it('offers no fraction for an amount, nor the denominator itself as a wrong one', () => {
    const question = q('cpc', { spend: 500, clicks: 200, impressions: 25000 }); // 2,50 MAD
    expect(mistakeCandidates(question, expectedOf(question))).toEqual([
      { code: 'wrong-denominator', value: 0.02, precision: 3, input: 'impressions' },
      { code: 'inverted-ratio', value: 0.4, precision: 2 },
      { code: 'inverted-ratio', value: 0.4, precision: 2 },
    ]);
  });

  it('offers no missing minus for a growth of 0', () => {
    const question = q('growthRate', { start: 400, end: 400 });
    expect(mistakeCandidates(question, expectedOf(question))).toEqual([
      { code: 'fraction-not-percent', value: 0, precision: 2 },
      { code: 'wrong-denominator', value: 0, precision: 1, input: 'end' },
      { code: 'ratio-not-growth', value: 100, precision: 1 },
      { code: 'ratio-not-growth', value: 1, precision: 2 },
    ]);
  });
});
