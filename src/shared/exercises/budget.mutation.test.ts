import { describe, expect, it } from 'vitest';
import { budgetKind, paidChannel, type BudgetAnswer, type BudgetChannel } from './budget';
import { splitView, withBudget } from './budget-view';

const NNBSP = '\u202f';
const ads = { name: 'Publicité', spend: 1000, cpm: 10, ctr: 0.01, conversionRate: 0.01 };
const community = { name: 'Communauté', monthlyCost: 500, impressions: 50000, ctr: 0.02, conversionRate: 0.01 };
const answer = (conclusion: string, channels: BudgetChannel[] = [ads, community]): BudgetAnswer => ({
  kind: 'budget',
  channels,
  averageOrderValue: 200,
  grossMargin: 0.5,
  split: null,
  conclusion,
});

describe('the budget kind', () => {
  it('refuses a CPM of zero: nothing is bought for free', () => {
    expect(paidChannel.safeParse({ ...ads, cpm: 0 }).error?.issues.map((i) => i.message)).toEqual([
      'Le CPM doit être supérieur à 0.',
    ]);
    expect(paidChannel.safeParse({ ...ads, cpm: 0.01 }).success).toBe(true);
  });

  it('is not done with a blank conclusion', () => {
    expect(budgetKind.isDone(answer(' \n '))).toBe(false);
    expect(budgetKind.isDone(answer('Les deux.'))).toBe(true);
  });

  it('sums up each channel’s ROI after margin, then the conclusion on one line', () => {
    // Ads: 100 000 impressions → 10 sales → 1 000 MAD of margin for 1 000 spent; the community: the same for 500.
    expect(budgetKind.summarize(answer(''))).toBe(
      `ROI après marge : Publicité 0,0${NNBSP}% ; Communauté 100,0${NNBSP}%`,
    );
    expect(budgetKind.summarize(answer('  La   communauté\npaie. '))).toBe(
      `ROI après marge : Publicité 0,0${NNBSP}% ; Communauté 100,0${NNBSP}% — La communauté paie.`,
    );
    expect(budgetKind.score(answer(''))).toBeNull();
  });
});

describe('the budget sandbox with nothing spent', () => {
  it('keeps the impressions of a free channel whatever its new budget', () => {
    const free = { ...community, monthlyCost: 0 };
    expect(withBudget(free, 300)).toEqual({ ...free, monthlyCost: 300, impressions: 50000 });
  });

  it('splits an empty total half and half', () => {
    const split = splitView(
      answer('', [
        { ...ads, spend: 0 },
        { ...community, monthlyCost: 0 },
      ]),
      null,
    );
    expect(split.total).toBe(0);
    expect(split.share).toBe(0.5);
    expect(split.channels.map((c) => c.budget)).toEqual([0, 0]);
  });
});
