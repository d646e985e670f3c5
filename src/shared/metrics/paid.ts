import { ratio, requireMargin, requireNonNegative } from './errors';

/** Cost per mille: spend / impressions × 1000 (MAD per thousand displays). */
export function cpm(input: { spend: number; impressions: number }): number | null {
  const { spend, impressions } = requireNonNegative(input);
  const perImpression = ratio(spend, impressions);
  return perImpression === null ? null : perImpression * 1000;
}

/** Cost per click: spend / clicks. */
export function cpc(input: { spend: number; clicks: number }): number | null {
  const { spend, clicks } = requireNonNegative(input);
  return ratio(spend, clicks);
}

/** Cost per acquisition: spend / conversions. */
export function cpa(input: { spend: number; conversions: number }): number | null {
  const { spend, conversions } = requireNonNegative(input);
  return ratio(spend, conversions);
}

/** Return on ad spend: revenue / spend (2 means 2 MAD of sales per MAD spent). */
export function roas(input: { revenue: number; spend: number }): number | null {
  const { revenue, spend } = requireNonNegative(input);
  return ratio(revenue, spend);
}

/** Return on investment on revenue (« ROI sur CA »): (revenue − cost) / cost. Negative when the campaign loses money. */
export function roi(input: { revenue: number; cost: number }): number | null {
  const { revenue, cost } = requireNonNegative(input);
  return ratio(revenue - cost, cost);
}

/**
 * ROI after margin: (revenue × gross margin − cost) / cost. ROI on revenue
 * forgets that a sale also costs the goods sold: at ROAS 2 with a 40 % margin,
 * ROI on revenue is +100 % while this one is −20 % (break-even ROAS is 2,5).
 */
export function roiAfterMargin(input: { revenue: number; grossMargin: number; cost: number }): number | null {
  const { revenue, cost } = requireNonNegative({ revenue: input.revenue, cost: input.cost });
  return ratio(revenue * requireMargin('grossMargin', input.grossMargin) - cost, cost);
}

/** The most one sale may cost before it loses money: average order value × gross margin. */
export function breakEvenCpa(input: { averageOrderValue: number; grossMargin: number }): number {
  const { averageOrderValue } = requireNonNegative({ averageOrderValue: input.averageOrderValue });
  return averageOrderValue * requireMargin('grossMargin', input.grossMargin);
}

/** The ROAS below which ads lose money: 1 / gross margin (denominator: the margin). */
export function breakEvenRoas(input: { grossMargin: number }): number | null {
  return ratio(1, requireMargin('grossMargin', input.grossMargin));
}

/** The most one click may cost: average order value × gross margin × conversion rate (per click). */
export function maxCpc(input: { averageOrderValue: number; grossMargin: number; conversionRate: number }): number {
  const { averageOrderValue, conversionRate } = requireNonNegative({
    averageOrderValue: input.averageOrderValue,
    conversionRate: input.conversionRate,
  });
  return averageOrderValue * requireMargin('grossMargin', input.grossMargin) * conversionRate;
}

/** Customer lifetime value: order value × purchases a year × years × gross margin (default 1: revenue CLV). */
export function customerLifetimeValue(input: {
  averageOrderValue: number;
  purchasesPerYear: number;
  years: number;
  grossMargin?: number;
}): number {
  const { averageOrderValue, purchasesPerYear, years } = requireNonNegative({
    averageOrderValue: input.averageOrderValue,
    purchasesPerYear: input.purchasesPerYear,
    years: input.years,
  });
  const margin = requireMargin('grossMargin', input.grossMargin ?? 1);
  return averageOrderValue * purchasesPerYear * years * margin;
}
