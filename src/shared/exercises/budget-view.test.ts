import { describe, expect, it } from 'vitest';
import { budgetAnswer, budgetProps } from './budget';
import { breakEven, budgetViews, splitView } from './budget-view';
import { isExerciseDone, summarizeAnswer } from './kinds';

// The lesson's sandbox (content/next/03-publicite-ou-communaute.mdx) and its trainer note's figures.
const props = budgetProps.parse({
  id: 'pub-bac-a-sable',
  channels: [
    { name: 'Publicité Facebook', spend: 6000, cpm: 12.5, ctr: 0.005, conversionRate: 0.02 },
    { name: 'Community management', monthlyCost: 7000, impressions: 180000, ctr: 0.018, conversionRate: 0.03 },
  ],
  averageOrderValue: 250,
  grossMargin: 0.4,
});

describe('budget view', () => {
  it('gives the trainer note’s numbers for each channel', () => {
    const [ads, community] = budgetViews(props);
    expect(ads).toMatchObject({
      impressions: 480000,
      clicks: 2400,
      conversions: 48,
      revenue: 12000,
      marginEarned: 4800,
      net: -1200,
    });
    expect(ads!.result.roiAfterMargin).toBeCloseTo(-0.2, 12);
    expect(ads!.result.roi).toBeCloseTo(1, 12);
    expect(community!.conversions).toBeCloseTo(97.2, 9);
    expect(community!.result.roiAfterMargin).toBeCloseTo(2720 / 7000, 12);
    expect(ads!.maxCpc).toBeCloseTo(2, 12);
    expect(breakEven(props)).toEqual({ cpa: 100, roas: 2.5 });
  });

  it('divides the total between the two first channels, reach following the budget', () => {
    const asTyped = splitView(props, null);
    expect(asTyped.total).toBe(13000);
    expect(asTyped.channels.map((c) => c.budget)).toEqual([6000, 7000]);
    const allCommunity = splitView(props, 0);
    expect(allCommunity.channels[0].impressions).toBe(0);
    expect(allCommunity.channels[1].impressions).toBeCloseTo((180000 * 13000) / 7000, 6);
    expect(allCommunity.net).toBeCloseTo(2720 * (13 / 7), 6);
  });

  it('saves only plausible numbers, and is done with a conclusion', () => {
    const answer = { kind: 'budget' as const, ...props, split: null, conclusion: '' };
    delete (answer as { id?: string }).id;
    expect(budgetAnswer.safeParse(answer).success).toBe(true);
    expect(isExerciseDone('budget', answer)).toBe(false);
    expect(isExerciseDone('budget', { ...answer, conclusion: 'La communauté.' })).toBe(true);
    expect(budgetAnswer.safeParse({ ...answer, grossMargin: 1.2 }).error?.issues[0]?.message).toMatch(
      /ne peut pas dépasser 100 %/,
    );
    expect(budgetAnswer.safeParse({ ...answer, averageOrderValue: -1 }).success).toBe(false);
    expect(summarizeAnswer({ ...answer, conclusion: 'La communauté.' })).toBe(
      'ROI après marge : Publicité Facebook -20,0\u202f% ; Community management 38,9\u202f% — La communauté.',
    );
  });
});
