import { describe, expect, it } from 'vitest';
import { formatResult, mistakeMessage } from './messages';
import { METRIC_NAMES, METRICS, type MetricName } from './metric-table';
import { mistakeCandidates } from './mistakes';
import type { MetricQuestion } from './validate-question';

describe('formatResult shows a result as the question does', () => {
  it.each([
    [0.0625, 'percent', '6,3\u202f%'],
    [0.2, 'percent', '20,0\u202f%'],
    [12.5, 'mad', '12,50\u00a0MAD'],
    [1250, 'mad', '1\u202f250,00\u00a0MAD'],
    [2.5, 'multiple', '2,5'],
    [2.456, 'multiple', '2,46'],
    [24000, 'count', '24\u202f000'],
  ] as const)('%d as %s: %j', (value, unit, shown) => {
    expect(formatResult(value, unit)).toBe(shown);
  });
});

/** A question for each metric, with a number beside its inputs to divide by by mistake. */
const SAMPLES: Record<MetricName, Record<string, number>> = {
  engagementRateByReach: { engagements: 250, reach: 2000, followers: 5000 },
  engagementRateByFollowers: { engagements: 90, followers: 3000, reach: 1200 },
  engagementRateByImpressions: { engagements: 45, impressions: 9000, reach: 4000 },
  clickThroughRate: { clicks: 120, impressions: 8000, reach: 5000 },
  conversionRate: { conversions: 30, visits: 1200, clicks: 2000 },
  growthRate: { start: 400, end: 300 },
  shareOfVoice: { brand: 30, others: 90 },
  cpm: { spend: 500, impressions: 25000, reach: 20000 },
  cpc: { spend: 500, clicks: 200, impressions: 25000 },
  cpa: { spend: 600, conversions: 8, clicks: 300 },
  roas: { revenue: 3000, spend: 1000 },
  roi: { revenue: 500, cost: 1000 },
  roiAfterMargin: { revenue: 2000, grossMargin: 0.4, cost: 1000 },
  breakEvenCpa: { averageOrderValue: 200, grossMargin: 0.4 },
  breakEvenRoas: { grossMargin: 0.25 },
  maxCpc: { averageOrderValue: 200, grossMargin: 0.5, conversionRate: 0.02 },
  customerLifetimeValue: { averageOrderValue: 50, purchasesPerYear: 12, years: 3, grossMargin: 0.5 },
};

describe('mistakeMessage', () => {
  it.each(METRIC_NAMES)('%s: every mistake it can name reads as a whole French sentence', (metric) => {
    const question: MetricQuestion = { metric, inputs: SAMPLES[metric] };
    const candidates = mistakeCandidates(question, METRICS[metric].compute(question.inputs)!);
    expect(candidates.length).toBeGreaterThan(0);
    for (const candidate of candidates) {
      const message = mistakeMessage(question, candidate, candidate.value);
      expect(message, candidate.code).toMatch(/^Vous avez .+\.$/);
      // Every blank filled: no missing input, divisor or reason.
      expect(message, candidate.code).not.toMatch(/undefined|NaN| {2}| \.|\(\)/);
    }
  });
});
