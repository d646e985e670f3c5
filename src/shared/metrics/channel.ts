import { clickThroughRate, conversionRate } from './rates';
import { cpa, cpc, cpm, roas, roi, roiAfterMargin } from './paid';
import { requireNonNegative } from './errors';

export interface ChannelInput {
  spend: number;
  impressions: number;
  clicks: number;
  conversions: number;
  revenue: number;
  /** Gross margin (a fraction, ≤ 1): when known, the result adds the ROI after margin. */
  grossMargin?: number;
}

export interface ChannelResult {
  ctr: number | null;
  /** conversions / clicks: the conversion of the traffic the channel bought. */
  conversionRate: number | null;
  cpm: number | null;
  cpc: number | null;
  cpa: number | null;
  roas: number | null;
  /** ROI on revenue (« ROI sur CA »): (revenue − spend) / spend. */
  roi: number | null;
  /** (revenue × gross margin − spend) / spend; present only when the input gives the margin. */
  roiAfterMargin?: number | null;
}

/**
 * What one channel (ads, or community management) returns for its budget, so the
 * two can be set side by side with the same formulas.
 */
export function channelResult(input: ChannelInput): ChannelResult {
  const { grossMargin, ...counts } = input;
  const { spend, impressions, clicks, conversions, revenue } = requireNonNegative(counts);
  const result: ChannelResult = {
    ctr: clickThroughRate({ clicks, impressions }),
    conversionRate: conversionRate({ conversions, visits: clicks }),
    cpm: cpm({ spend, impressions }),
    cpc: cpc({ spend, clicks }),
    cpa: cpa({ spend, conversions }),
    roas: roas({ revenue, spend }),
    roi: roi({ revenue, cost: spend }),
  };
  if (grossMargin !== undefined) result.roiAfterMargin = roiAfterMargin({ revenue, grossMargin, cost: spend });
  return result;
}
