import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as m from './index';

describe('rates (hand-computed)', () => {
  it.each([
    ['engagementRateByReach', () => m.engagementRateByReach({ engagements: 250, reach: 2000 }), 0.125],
    ['engagementRateByFollowers', () => m.engagementRateByFollowers({ engagements: 90, followers: 3000 }), 0.03],
    ['engagementRateByImpressions', () => m.engagementRateByImpressions({ engagements: 45, impressions: 9000 }), 0.005],
    ['clickThroughRate', () => m.clickThroughRate({ clicks: 120, impressions: 8000 }), 0.015],
    ['conversionRate', () => m.conversionRate({ conversions: 30, visits: 1200 }), 0.025],
    ['growthRate up', () => m.growthRate({ start: 20000, end: 24000 }), 0.2],
    ['growthRate down', () => m.growthRate({ start: 400, end: 300 }), -0.25],
    ['shareOfVoice', () => m.shareOfVoice({ brand: 30, others: 90 }), 0.25],
    ['cpm', () => m.cpm({ spend: 500, impressions: 25000 }), 20],
    ['cpc', () => m.cpc({ spend: 500, clicks: 200 }), 2.5],
    ['cpa', () => m.cpa({ spend: 600, conversions: 8 }), 75],
    ['roas', () => m.roas({ revenue: 3000, spend: 1000 }), 3],
    ['roi', () => m.roi({ revenue: 3000, cost: 1000 }), 2],
    ['roi loss', () => m.roi({ revenue: 500, cost: 1000 }), -0.5],
    // The lesson's case: ROAS 2 with a 40 % margin is +100 % on revenue but loses 20 %.
    ['roiAfterMargin loss', () => m.roiAfterMargin({ revenue: 2000, grossMargin: 0.4, cost: 1000 }), -0.2],
    ['roiAfterMargin at break-even ROAS', () => m.roiAfterMargin({ revenue: 2500, grossMargin: 0.4, cost: 1000 }), 0],
    ['roiAfterMargin gain', () => m.roiAfterMargin({ revenue: 6000, grossMargin: 0.5, cost: 1000 }), 2],
    ['breakEvenCpa', () => m.breakEvenCpa({ averageOrderValue: 200, grossMargin: 0.4 }), 80],
    ['breakEvenRoas', () => m.breakEvenRoas({ grossMargin: 0.25 }), 4],
    ['maxCpc', () => m.maxCpc({ averageOrderValue: 200, grossMargin: 0.5, conversionRate: 0.02 }), 2],
    ['clv revenue', () => m.customerLifetimeValue({ averageOrderValue: 50, purchasesPerYear: 12, years: 3 }), 1800],
    [
      'clv margin',
      () => m.customerLifetimeValue({ averageOrderValue: 50, purchasesPerYear: 12, years: 3, grossMargin: 0.5 }),
      900,
    ],
  ])('%s', (_name, compute, expected) => {
    expect(compute()).toBeCloseTo(expected as number, 12);
  });

  it('returns null, never Infinity or NaN, when the denominator is 0', () => {
    expect(m.engagementRateByReach({ engagements: 5, reach: 0 })).toBeNull();
    expect(m.conversionRate({ conversions: 0, visits: 0 })).toBeNull();
    expect(m.cpm({ spend: 100, impressions: 0 })).toBeNull();
    expect(m.roi({ revenue: 10, cost: 0 })).toBeNull();
    expect(m.roiAfterMargin({ revenue: 10, grossMargin: 0.5, cost: 0 })).toBeNull();
    expect(m.breakEvenRoas({ grossMargin: 0 })).toBeNull();
    expect(m.shareOfVoice({ brand: 0, others: 0 })).toBeNull();
    expect(m.growthRate({ start: 0, end: 10 })).toBeNull();
  });

  it('does not clamp rates above 100 %', () => {
    expect(m.conversionRate({ conversions: 30, visits: 20 })).toBe(1.5);
  });

  it('refuses a margin above 1 and names the field', () => {
    expect(() => m.breakEvenCpa({ averageOrderValue: 100, grossMargin: 40 })).toThrowError(/grossMargin/);
    expect(() => m.breakEvenRoas({ grossMargin: 1.01 })).toThrow(m.MetricInputError);
    expect(() => m.roiAfterMargin({ revenue: 100, grossMargin: 40, cost: 10 })).toThrowError(/grossMargin/);
  });
});

describe('funnel', () => {
  it('computes step rates, drop-off and conversion from the start', () => {
    const result = m.funnel([
      { label: 'Abonnés', count: 24000 },
      { label: 'Interactions', count: 1200 },
      { label: 'Visites', count: 300 },
      { label: 'Achats', count: 15 },
    ]);
    expect(result.steps.map((s) => s.stepRate)).toEqual([null, 0.05, 0.25, 0.05]);
    expect(result.steps[1]!.dropOff).toBeCloseTo(0.95, 12);
    expect(result.steps[0]!.fromStart).toBe(1);
    expect(result.steps[2]!.fromStart).toBe(0.0125);
    expect(result.overall).toBeCloseTo(15 / 24000, 15);
  });

  it('gives null where a previous count is 0', () => {
    const result = m.funnel([
      { label: 'a', count: 0 },
      { label: 'b', count: 0 },
    ]);
    expect(result.steps[0]!.fromStart).toBeNull();
    expect(result.steps[1]!.stepRate).toBeNull();
    expect(result.steps[1]!.dropOff).toBeNull();
    expect(result.overall).toBeNull();
  });

  it('needs 2 to 12 steps', () => {
    expect(() => m.funnel([{ label: 'a', count: 1 }])).toThrow(m.MetricInputError);
    const thirteen = Array.from({ length: 13 }, (_, i) => ({ label: String(i), count: 1 }));
    expect(() => m.funnel(thirteen)).toThrow(m.MetricInputError);
    expect(m.funnel(thirteen.slice(0, 12)).steps).toHaveLength(12);
  });

  it('overall equals the product of the step rates when no count is 0', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 2, maxLength: 12 }), (counts) => {
        const result = m.funnel(counts.map((count, i) => ({ label: `s${i}`, count })));
        const product = result.steps.slice(1).reduce((acc, s) => acc * s.stepRate!, 1);
        expect(result.overall).toBeCloseTo(product, 9);
      }),
    );
  });
});

describe('paid media identities', () => {
  it('roas = roi + 1', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0.01, max: 1e9, noNaN: true }),
        (revenue, spend) => {
          const viaRoas = m.roas({ revenue, spend })!;
          const viaRoi = m.roi({ revenue, cost: spend })! + 1;
          expect(Math.abs(viaRoas - viaRoi)).toBeLessThanOrEqual(1e-12 * Math.max(1, viaRoas));
        },
      ),
    );
  });

  it('roiAfterMargin is ROI on revenue when the whole price is margin', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0.01, max: 1e9, noNaN: true }),
        (revenue, cost) => {
          const afterMargin = m.roiAfterMargin({ revenue, grossMargin: 1, cost })!;
          expect(afterMargin).toBeCloseTo(m.roi({ revenue, cost })!, 9);
        },
      ),
    );
  });

  it('roiAfterMargin is negative exactly below the break-even ROAS', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 100 }),
        (revenue, spend, marginPercent) => {
          const grossMargin = marginPercent / 100;
          const after = m.roiAfterMargin({ revenue, grossMargin, cost: spend })!;
          // The sign is decided in whole numbers (revenue × margin against spend), free of rounding.
          const exact = Math.sign(revenue * marginPercent - spend * 100);
          if (exact === 0) expect(Math.abs(after)).toBeLessThan(1e-12);
          else expect(Math.sign(after)).toBe(exact);
          if (after < 0) expect(m.roas({ revenue, spend })!).toBeLessThan(m.breakEvenRoas({ grossMargin })!);
        },
      ),
    );
  });

  it('channelResult adds the ROI after margin only when the margin is known', () => {
    const input = { spend: 1000, impressions: 50000, clicks: 400, conversions: 10, revenue: 2000 };
    expect('roiAfterMargin' in m.channelResult(input)).toBe(false);
    const withMargin = m.channelResult({ ...input, grossMargin: 0.4 });
    expect(withMargin.roi).toBe(1);
    expect(withMargin.roiAfterMargin).toBeCloseTo(-0.2, 12);
    expect(m.channelResult({ ...input, spend: 0, grossMargin: 0.4 }).roiAfterMargin).toBeNull();
  });

  it('channelResult is built from the single formulas', () => {
    const input = { spend: 1000, impressions: 50000, clicks: 400, conversions: 10, revenue: 2500 };
    expect(m.channelResult(input)).toEqual({
      ctr: 0.008,
      conversionRate: 0.025,
      cpm: 20,
      cpc: 2.5,
      cpa: 100,
      roas: 2.5,
      roi: 1.5,
    });
  });
});

describe('MetricInputError for every field of every function', () => {
  const bad = [-1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  const calls: Record<string, [Record<string, number>, (input: never) => unknown]> = {
    engagementRateByReach: [{ engagements: 1, reach: 1 }, m.engagementRateByReach],
    engagementRateByFollowers: [{ engagements: 1, followers: 1 }, m.engagementRateByFollowers],
    engagementRateByImpressions: [{ engagements: 1, impressions: 1 }, m.engagementRateByImpressions],
    clickThroughRate: [{ clicks: 1, impressions: 1 }, m.clickThroughRate],
    conversionRate: [{ conversions: 1, visits: 1 }, m.conversionRate],
    growthRate: [{ start: 1, end: 1 }, m.growthRate],
    shareOfVoice: [{ brand: 1, others: 1 }, m.shareOfVoice],
    cpm: [{ spend: 1, impressions: 1 }, m.cpm],
    cpc: [{ spend: 1, clicks: 1 }, m.cpc],
    cpa: [{ spend: 1, conversions: 1 }, m.cpa],
    roas: [{ revenue: 1, spend: 1 }, m.roas],
    roi: [{ revenue: 1, cost: 1 }, m.roi],
    roiAfterMargin: [{ revenue: 1, grossMargin: 0.5, cost: 1 }, m.roiAfterMargin],
    breakEvenCpa: [{ averageOrderValue: 1, grossMargin: 0.5 }, m.breakEvenCpa],
    breakEvenRoas: [{ grossMargin: 0.5 }, m.breakEvenRoas],
    maxCpc: [{ averageOrderValue: 1, grossMargin: 0.5, conversionRate: 0.1 }, m.maxCpc],
    customerLifetimeValue: [
      { averageOrderValue: 1, purchasesPerYear: 1, years: 1, grossMargin: 0.5 },
      m.customerLifetimeValue,
    ],
    channelResult: [{ spend: 1, impressions: 1, clicks: 1, conversions: 1, revenue: 1 }, m.channelResult],
    'channelResult with a margin': [
      { spend: 1, impressions: 1, clicks: 1, conversions: 1, revenue: 1, grossMargin: 0.5 },
      m.channelResult,
    ],
  };
  for (const [name, [valid, fn]] of Object.entries(calls)) {
    for (const field of Object.keys(valid)) {
      it(`${name} rejects a bad ${field}`, () => {
        expect(() => fn(valid as never)).not.toThrow();
        for (const value of bad) {
          const call = () => fn({ ...valid, [field]: value } as never);
          expect(call).toThrow(m.MetricInputError);
          expect(call).toThrow(RangeError);
          expect(call).toThrow(new RegExp(field));
        }
      });
    }
  }

  it('funnel rejects a bad count and names its step', () => {
    for (const value of bad) {
      expect(() =>
        m.funnel([
          { label: 'a', count: 10 },
          { label: 'b', count: value },
        ]),
      ).toThrow(/steps\[1\]\.count/);
    }
  });
});
