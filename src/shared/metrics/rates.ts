import { ratio, requireNonNegative } from './errors';

/**
 * Engagement rate by reach: engagements / reach (unique people who saw the content).
 * The variant Hootsuite recommends for comparing posts.
 */
export function engagementRateByReach(input: { engagements: number; reach: number }): number | null {
  const { engagements, reach } = requireNonNegative(input);
  return ratio(engagements, reach);
}

/** Engagement rate by followers: engagements / followers of the page at the time. */
export function engagementRateByFollowers(input: { engagements: number; followers: number }): number | null {
  const { engagements, followers } = requireNonNegative(input);
  return ratio(engagements, followers);
}

/** Engagement rate by impressions: engagements / impressions (every display, repeats included). */
export function engagementRateByImpressions(input: { engagements: number; impressions: number }): number | null {
  const { engagements, impressions } = requireNonNegative(input);
  return ratio(engagements, impressions);
}

/** Click-through rate (CTR): clicks / impressions. */
export function clickThroughRate(input: { clicks: number; impressions: number }): number | null {
  const { clicks, impressions } = requireNonNegative(input);
  return ratio(clicks, impressions);
}

/** Conversion rate: conversions (purchases, calls, sign-ups) / visits to the site. */
export function conversionRate(input: { conversions: number; visits: number }): number | null {
  const { conversions, visits } = requireNonNegative(input);
  return ratio(conversions, visits);
}

/** Growth rate: (end − start) / start. May be negative (a loss) but inputs may not. */
export function growthRate(input: { start: number; end: number }): number | null {
  const { start, end } = requireNonNegative(input);
  return ratio(end - start, start);
}

/** Share of voice: brand mentions / (brand + others' mentions). */
export function shareOfVoice(input: { brand: number; others: number }): number | null {
  const { brand, others } = requireNonNegative(input);
  return ratio(brand, brand + others);
}
