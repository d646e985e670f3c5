import { clickThroughRate, conversionRate } from './rates';
import { cpa, cpc, cpm, roas, roi } from './paid';
import { requireNonNegative } from './errors';

export interface ChannelInput {
  spend: number;
  impressions: number;
  clicks: number;
  conversions: number;
  revenue: number;
}

export interface ChannelResult {
  ctr: number | null;
  /** conversions / clicks: the conversion of the traffic the channel bought. */
  conversionRate: number | null;
  cpm: number | null;
  cpc: number | null;
  cpa: number | null;
  roas: number | null;
  roi: number | null;
}

/**
 * What one channel (ads, or community management) returns for its budget, so the
 * two can be set side by side with the same formulas.
 */
export function channelResult(input: ChannelInput): ChannelResult {
  const { spend, impressions, clicks, conversions, revenue } = requireNonNegative({ ...input });
  return {
    ctr: clickThroughRate({ clicks, impressions }),
    conversionRate: conversionRate({ conversions, visits: clicks }),
    cpm: cpm({ spend, impressions }),
    cpc: cpc({ spend, clicks }),
    cpa: cpa({ spend, conversions }),
    roas: roas({ revenue, spend }),
    roi: roi({ revenue, cost: spend }),
  };
}
