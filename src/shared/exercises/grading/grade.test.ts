import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDecimal } from '../../format/index';
import { gradeMetricAnswer } from './grade';
import { formatResult } from './messages';
import { INPUT_LABELS, METRIC_NAMES, METRICS, type InputName, type MetricName } from './metric-table';
import { MISTAKE_PRIORITY, type MistakeCode } from './mistakes';
import { validateQuestion, type MetricQuestion } from './validate-question';

const q = (metric: MetricName, inputs: Record<string, number>): MetricQuestion => ({ metric, inputs });

const byReach = q('engagementRateByReach', { engagements: 250, reach: 2000, followers: 5000, impressions: 4000 });
const lessonRoi = q('roiAfterMargin', { revenue: 2000, grossMargin: 0.4, cost: 1000 });

describe('gradeMetricAnswer: the right answer', () => {
  it.each([
    [byReach, ['12,5', '12,5 %', '12.5', '12,5%', '12,50 %', '١٢٫٥٪', '  12,5  ']],
    [q('engagementRateByReach', { engagements: 120, reach: 2000 }), ['6', '6 %', '6,0 %', '6,0', '٦']],
    [
      q('cpm', { spend: 500, impressions: 25000 }),
      ['20', '20 MAD', '20,00 DH', '20 Dhs', '20 dirhams', '20,00\u00a0MAD'],
    ],
    [q('roas', { revenue: 3000, spend: 1000 }), ['3', '3,0', '×3', '3x', 'x 3', '300 %']],
    [q('roi', { revenue: 3000, cost: 1000 }), ['200', '200 %']],
    [lessonRoi, ['-20', '−20 %', '-20,0 %']],
    [q('growthRate', { start: 400, end: 300 }), ['-25', '−25 %']],
    [q('breakEvenRoas', { grossMargin: 0.4 }), ['2,5', '2,50']],
    [q('customerLifetimeValue', { averageOrderValue: 50, purchasesPerYear: 12, years: 3 }), ['1800', '1 800 MAD']],
  ])('%j accepts its value however it is written', (question, typed) => {
    const expected = METRICS[question.metric].compute(question.inputs);
    for (const text of typed) {
      expect(gradeMetricAnswer(question, text), text).toEqual({
        verdict: 'correct',
        expected,
        message: `Exact : ${formatResult(expected!, METRICS[question.metric].unit)}.`,
      });
    }
  });

  it('gives the expected value from the metrics module, in its own unit', () => {
    expect(gradeMetricAnswer(byReach, '12,5')).toMatchObject({ expected: 0.125 });
    expect(gradeMetricAnswer(lessonRoi, '-20')).toMatchObject({ expected: expect.closeTo(-0.2, 12) });
    expect(gradeMetricAnswer(q('cpm', { spend: 500, impressions: 25000 }), '1')).toMatchObject({ expected: 20 });
  });

  describe('tolerance: the exact value, or its rounding to the decimals typed, never coarser than the question', () => {
    const twoThirds = q('conversionRate', { conversions: 2, visits: 3 }); // 66,666… %
    it.each([
      ['66,7', 'correct'],
      ['66,67', 'correct'],
      ['66,667', 'invalid'], // could be 66 667: the parser asks
      ['66,667 %', 'invalid'],
      ['66,6667', 'correct'],
      ['66,66', 'incorrect'], // cut, not rounded
      ['66,6', 'incorrect'],
      ['67', 'incorrect'], // coarser than the question's 1 decimal
    ])('2 / 3 as %j is %s', (typed, verdict) => {
      expect(gradeMetricAnswer(twoThirds, typed).verdict).toBe(verdict);
    });

    it('accepts either neighbour of an exact half', () => {
      const half = q('engagementRateByReach', { engagements: 125, reach: 2000 }); // 6,25 %
      expect(gradeMetricAnswer(half, '6,3').verdict).toBe('correct');
      expect(gradeMetricAnswer(half, '6,2').verdict).toBe('correct');
      expect(gradeMetricAnswer(half, '6,25').verdict).toBe('correct');
      expect(gradeMetricAnswer(half, '6').verdict).toBe('incorrect');
    });

    it('asks for money to the centime', () => {
      const third = q('cpc', { spend: 100, clicks: 3 }); // 33,333… MAD
      expect(gradeMetricAnswer(third, '33,33').verdict).toBe('correct');
      expect(gradeMetricAnswer(third, '33,3333 MAD').verdict).toBe('correct');
      expect(gradeMetricAnswer(third, '33,3').verdict).toBe('incorrect');
      expect(gradeMetricAnswer(third, '33').verdict).toBe('incorrect');
    });
  });
});

describe('gradeMetricAnswer names the mistake', () => {
  const cases: [string, MetricQuestion, string, MistakeCode][] = [
    ['followers for reach', byReach, '5', 'wrong-denominator'],
    ['impressions for reach', byReach, '6,25 %', 'wrong-denominator'],
    ['reach ÷ engagements, as a percentage', byReach, '800', 'inverted-ratio'],
    ['reach ÷ engagements, as it came', byReach, '8', 'inverted-ratio'],
    ['the fraction', byReach, '0,125', 'fraction-not-percent'],
    ['the fraction, rounded', byReach, '0,13', 'fraction-not-percent'],
    [
      'clicks for visits',
      q('conversionRate', { conversions: 30, visits: 1200, clicks: 2000 }),
      '1,5',
      'wrong-denominator',
    ],
    [
      'reach for impressions',
      q('clickThroughRate', { clicks: 120, impressions: 8000, reach: 5000 }),
      '2,4',
      'wrong-denominator',
    ],
    ['CPM without × 1000', q('cpm', { spend: 500, impressions: 25000 }), '0,02', 'missing-thousand'],
    ['CPM without × 1000, in MAD', q('cpm', { spend: 585, impressions: 25000 }), '0,023 MAD', 'missing-thousand'],
    ['CPC by impressions', q('cpc', { spend: 500, clicks: 200, impressions: 25000 }), '0,02', 'wrong-denominator'],
    ['CPA by clicks', q('cpa', { spend: 600, conversions: 8, clicks: 300 }), '2', 'wrong-denominator'],
    ['ROAS for ROI', q('roi', { revenue: 3000, cost: 1000 }), '3', 'roas-not-roi'],
    ['ROAS for ROI, as a percentage', q('roi', { revenue: 3000, cost: 1000 }), '300 %', 'roas-not-roi'],
    ['ROAS for ROI, as a multiple', q('roi', { revenue: 3000, cost: 1000 }), '×3', 'roas-not-roi'],
    ['ROI as a fraction', q('roi', { revenue: 3000, cost: 1000 }), '2', 'fraction-not-percent'],
    ['ROI by revenue', q('roi', { revenue: 3000, cost: 1000 }), '66,7', 'wrong-denominator'],
    ['ROI for ROAS', q('roas', { revenue: 3000, spend: 1000 }), '2', 'roi-not-roas'],
    ['ROI for ROAS, as a percentage', q('roas', { revenue: 3000, spend: 1000 }), '200 %', 'roi-not-roas'],
    ['spend ÷ revenue', q('roas', { revenue: 3000, spend: 1000 }), '0,33', 'inverted-ratio'],
    ['ROI on revenue for ROI after margin', lessonRoi, '100', 'revenue-not-margin'],
    ['a loss without its minus', lessonRoi, '20', 'missing-minus'],
    ['ROAS for ROI after margin', lessonRoi, '2', 'roas-not-roi'],
    [
      'order value for break-even CPA',
      q('breakEvenCpa', { averageOrderValue: 200, grossMargin: 0.4 }),
      '200',
      'revenue-not-margin',
    ],
    [
      'margin as a percentage',
      q('breakEvenCpa', { averageOrderValue: 200, grossMargin: 0.4 }),
      '8000',
      'percent-not-fraction',
    ],
    ['the margin for break-even ROAS', q('breakEvenRoas', { grossMargin: 0.4 }), '0,4', 'inverted-ratio'],
    ['break-even ROI for ROAS', q('breakEvenRoas', { grossMargin: 0.4 }), '1,5', 'roi-not-roas'],
    [
      'max CPC without margin',
      q('maxCpc', { averageOrderValue: 200, grossMargin: 0.5, conversionRate: 0.02 }),
      '4',
      'revenue-not-margin',
    ],
    [
      'max CPC with 2 for 2 %',
      q('maxCpc', { averageOrderValue: 200, grossMargin: 0.5, conversionRate: 0.02 }),
      '200',
      'percent-not-fraction',
    ],
    [
      'max CPA for max CPC',
      q('maxCpc', { averageOrderValue: 200, grossMargin: 0.5, conversionRate: 0.02 }),
      '100',
      'cpa-not-cpc',
    ],
    [
      'CLV in revenue',
      q('customerLifetimeValue', { averageOrderValue: 50, purchasesPerYear: 12, years: 3, grossMargin: 0.5 }),
      '1800',
      'revenue-not-margin',
    ],
    ['end ÷ start', q('growthRate', { start: 20000, end: 24000 }), '120', 'ratio-not-growth'],
    ['growth by the end value', q('growthRate', { start: 20000, end: 24000 }), '16,7', 'wrong-denominator'],
    ['a decline without its minus', q('growthRate', { start: 400, end: 300 }), '25', 'missing-minus'],
    ['brand ÷ others', q('shareOfVoice', { brand: 30, others: 90 }), '33,3', 'wrong-denominator'],
    ['all ÷ brand', q('shareOfVoice', { brand: 30, others: 90 }), '400', 'inverted-ratio'],
  ];
  it.each(cases)('%s', (_name, question, typed, mistake) => {
    const grade = gradeMetricAnswer(question, typed);
    expect(grade).toMatchObject({
      verdict: 'mistake',
      mistake,
      expected: METRICS[question.metric].compute(question.inputs),
    });
  });

  it('says what the attendee did and what the metric needs, in the lessons’ words', () => {
    const message = (question: MetricQuestion, typed: string) => gradeMetricAnswer(question, typed).message;
    expect(message(byReach, '5')).toBe(
      'Vous avez divisé par les abonnés ; le taux d’engagement par portée divise par la portée.',
    );
    expect(message(byReach, '800')).toBe(
      'Vous avez divisé la portée par les interactions : c’est l’inverse. Le taux d’engagement par portée divise les interactions par la portée.',
    );
    expect(message(byReach, '0,125')).toBe(
      'Vous avez donné une fraction ; le taux d’engagement par portée s’écrit en pourcentage : multipliez par 100 (0,125 → 12,5\u202f%).',
    );
    expect(message(q('cpm', { spend: 500, impressions: 25000 }), '0,02')).toContain('sans multiplier par 1 000');
    expect(message(q('roi', { revenue: 3000, cost: 1000 }), '3')).toMatch(
      /^Vous avez donné un ROAS .*ROI vaut ROAS − 1\.$/,
    );
    expect(message(q('roas', { revenue: 3000, spend: 1000 }), '2')).toMatch(
      /^Vous avez donné un ROI .*ROAS vaut ROI \+ 1\.$/,
    );
    expect(message(lessonRoi, '100')).toContain('oublié la marge brute');
    expect(message(lessonRoi, '100')).toContain('(chiffre d’affaires × marge brute − coût) ÷ coût × 100');
    expect(message(lessonRoi, '20')).toBe(
      'Vous avez oublié le signe moins : le ROI après marge est négatif ici, car la marge gagnée ne couvre pas le coût.',
    );
    expect(message(q('maxCpc', { averageOrderValue: 200, grossMargin: 0.5, conversionRate: 0.02 }), '200')).toContain(
      'Vous avez utilisé le taux de conversion en pourcentage (2 au lieu de 0,02) ; dans la formule, 2\u202f% s’écrit 0,02.',
    );
  });

  it('says what to do when no mistake is recognised, without giving the answer away', () => {
    const grade = gradeMetricAnswer(byReach, '13');
    expect(grade).toEqual({
      verdict: 'incorrect',
      expected: 0.125,
      message:
        'Ce n’est pas le résultat attendu. Le taux d’engagement par portée se calcule ainsi : interactions ÷ portée × 100.',
    });
  });

  it('never names a mistake whose number is the right answer', () => {
    // Followers equal to reach: dividing by either gives the right rate.
    const same = q('engagementRateByReach', { engagements: 120, reach: 2000, followers: 2000 });
    expect(gradeMetricAnswer(same, '6').verdict).toBe('correct');
    // 120 ÷ 1 987 = 6,04 %, shown 6,0 % like the answer: « 6,04 » is wrong to the hundredth, not a wrong denominator.
    const close = q('engagementRateByReach', { engagements: 120, reach: 2000, followers: 1987 });
    expect(gradeMetricAnswer(close, '6,04').verdict).toBe('incorrect');
    expect(gradeMetricAnswer(close, '6').verdict).toBe('correct');
  });

  it('names the same mistake whatever order the inputs were written in', () => {
    // Followers and impressions coincide: dividing by either gives 6,25 %; the first by name is named.
    const one = q('engagementRateByReach', { engagements: 250, reach: 2000, impressions: 4000, followers: 4000 });
    const other = q('engagementRateByReach', { followers: 4000, impressions: 4000, reach: 2000, engagements: 250 });
    expect(gradeMetricAnswer(one, '6,25')).toEqual(gradeMetricAnswer(other, '6,25'));
    expect(gradeMetricAnswer(one, '6,25').message).toContain('divisé par les abonnés');
  });

  it('names the likelier mistake when two give the same number', () => {
    // 250 ÷ 200 000 × 100 = 0,125 = the rate as a fraction: the fraction is named (MISTAKE_PRIORITY).
    const question = q('engagementRateByReach', { engagements: 250, reach: 2000, followers: 200_000 });
    expect(gradeMetricAnswer(question, '0,125')).toMatchObject({ verdict: 'mistake', mistake: 'fraction-not-percent' });
    expect(MISTAKE_PRIORITY.indexOf('fraction-not-percent')).toBeLessThan(
      MISTAKE_PRIORITY.indexOf('wrong-denominator'),
    );
  });

  it('asks for two significant digits before naming a mistake', () => {
    const question = q('engagementRateByReach', { engagements: 125, reach: 2000 }); // 0,0625 as a fraction
    expect(gradeMetricAnswer(question, '0,06').verdict).toBe('incorrect');
    expect(gradeMetricAnswer(question, '0,063')).toMatchObject({ verdict: 'mistake', mistake: 'fraction-not-percent' });
  });
});

describe('gradeMetricAnswer refuses what is not an answer', () => {
  it.each([
    ['', 'Saisissez un nombre.'],
    ['abc', '« abc » n’est pas un nombre. Saisissez des chiffres, par exemple 6,5\u202f%.'],
    ['24.000', '« 24.000 » se lit de deux façons'],
    ['12,5 MAD', 'pas un montant'],
    ['-5', 'négatif'],
  ])('%j on a rate', (typed, message) => {
    const grade = gradeMetricAnswer(byReach, typed);
    expect(grade.verdict).toBe('invalid');
    expect(grade.message).toContain(message);
    expect(grade).not.toHaveProperty('expected');
  });

  it.each([
    [q('cpm', { spend: 500, impressions: 25000 }), '20 %', 'pas un pourcentage'],
    [q('cpm', { spend: 500, impressions: 25000 }), '×20', 'pas un multiple'],
    [q('roas', { revenue: 3000, spend: 1000 }), '3 MAD', 'sans unité'],
    [q('roas', { revenue: 3000, spend: 1000 }), '3 % MAD', 'deux unités'],
  ])('a unit that does not fit: %j %j', (question, typed, message) => {
    const grade = gradeMetricAnswer(question, typed);
    expect(grade.verdict).toBe('invalid');
    expect(grade.message).toContain(message);
  });

  it('says so when the question itself cannot be asked', () => {
    const grade = gradeMetricAnswer(q('engagementRateByReach', { engagements: 5, reach: 0 }), '5');
    expect(grade).toEqual({
      verdict: 'invalid',
      message:
        'Question mal définie : Division par zéro : la portée vaut 0. Avec ces nombres, le taux d’engagement par portée n’est pas défini.',
    });
    expect(gradeMetricAnswer({ metric: 'nope', inputs: {} } as never, '5').verdict).toBe('invalid');
  });
});

/** Any question the content checker would accept: a metric, its inputs, and some other numbers beside them. */
const validQuestion: fc.Arbitrary<MetricQuestion> = fc
  .record({
    metric: fc.constantFrom(...METRIC_NAMES),
    values: fc.record(
      Object.fromEntries(
        (Object.keys(INPUT_LABELS) as InputName[]).map((name) => [
          name,
          INPUT_LABELS[name].unit === 'percent'
            ? fc.integer({ min: 1, max: 100 }).map((p) => p / 100)
            : INPUT_LABELS[name].unit === 'mad'
              ? fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100)
              : fc.integer({ min: 0, max: 1_000_000 }),
        ]),
      ) as Record<InputName, fc.Arbitrary<number>>,
    ),
    extras: fc.subarray(Object.keys(INPUT_LABELS) as InputName[]),
  })
  .map(({ metric, values, extras }) => {
    const names = new Set<InputName>([...METRICS[metric].inputs, ...extras]);
    return q(metric, Object.fromEntries([...names].map((name) => [name, values[name]])));
  })
  // Answers of at most 15 significant digits: what an attendee can type.
  .filter((q) => validateQuestion(q) === null && Math.abs(METRICS[q.metric].compute(q.inputs)!) < 1e9);

describe('gradeMetricAnswer over any question', () => {
  it('never throws, whatever is typed', () => {
    const verdicts = ['correct', 'mistake', 'incorrect', 'invalid'];
    fc.assert(
      fc.property(
        validQuestion,
        fc.oneof(
          fc.string({ unit: 'binary' }),
          // Text that looks like a number: the parser's and the grader's every branch.
          fc
            .array(fc.constantFrom(...'0123456789٠٣٩۵.,  \u202f٬٫%٪-−×x MAD DH e'.split('')), { maxLength: 16 })
            .map((chars) => chars.join('')),
        ),
        (question, typed) => {
          const grade = gradeMetricAnswer(question, typed);
          expect(verdicts).toContain(grade.verdict);
          expect(grade.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
    expect(() => gradeMetricAnswer(null as never, null as never)).not.toThrow();
    expect(gradeMetricAnswer(byReach, undefined as never)).toMatchObject({
      verdict: 'invalid',
      message: 'Saisissez un nombre.',
    });
    expect(gradeMetricAnswer({ metric: 'cpm', inputs: null } as never, '5').verdict).toBe('invalid');
  });

  it('accepts the expected value as the question shows it, and as the metrics module gives it', () => {
    fc.assert(
      fc.property(validQuestion, (question) => {
        const definition = METRICS[question.metric];
        const expected = definition.compute(question.inputs)!;
        const shown = formatResult(expected, definition.unit);
        expect(gradeMetricAnswer(question, shown).verdict, shown).toBe('correct');
        const full = definition.unit === 'percent' ? expected * 100 : expected;
        const digits = formatDecimal(full, { maximumDigits: 6 });
        // A plain number with exactly three decimals may be refused as ambiguous; never read as another.
        expect(['correct', 'invalid'], digits).toContain(gradeMetricAnswer(question, digits).verdict);
      }),
      { numRuns: 500 },
    );
  });

  it('names a mistake only for a number that is not the right answer', () => {
    fc.assert(
      fc.property(validQuestion, fc.integer({ min: -100_000, max: 10_000_000 }), (question, hundredths) => {
        const typed = formatDecimal(hundredths / 100, { maximumDigits: 2 });
        const grade = gradeMetricAnswer(question, typed);
        if (grade.verdict !== 'mistake') return;
        const definition = METRICS[question.metric];
        const shown = grade.expected * (definition.unit === 'percent' ? 100 : 1);
        expect(Math.abs(hundredths / 100 - shown)).toBeGreaterThan(0.005);
      }),
      { numRuns: 500 },
    );
  });
});
