export { MetricInputError } from './errors';
export {
  engagementRateByReach,
  engagementRateByFollowers,
  engagementRateByImpressions,
  clickThroughRate,
  conversionRate,
  growthRate,
  shareOfVoice,
} from './rates';
export { funnel, FUNNEL_MIN_STEPS, FUNNEL_MAX_STEPS } from './funnel';
export type { FunnelStep, FunnelStepInput, FunnelResult } from './funnel';
export {
  cpm,
  cpc,
  cpa,
  roas,
  roi,
  roiAfterMargin,
  breakEvenCpa,
  breakEvenRoas,
  maxCpc,
  customerLifetimeValue,
} from './paid';
export { channelResult } from './channel';
export type { ChannelInput, ChannelResult } from './channel';
