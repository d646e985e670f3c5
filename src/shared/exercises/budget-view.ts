import { breakEvenCpa, breakEvenRoas, channelResult, maxCpc, type ChannelResult } from '../metrics/index';
import type { BudgetChannel } from './budget';

/**
 * The budget sandbox's numbers, from the attendee's hypotheses. The funnel of
 * each channel (impressions → clicks → conversions → revenue) follows from its
 * budget and rates; every ratio shown beside it comes from the metrics module.
 */

export interface BudgetInputs {
  channels: readonly BudgetChannel[];
  averageOrderValue: number;
  grossMargin: number;
}

export interface ChannelView {
  name: string;
  /** What the channel costs: the ad spend, or the community manager's monthly cost. */
  budget: number;
  impressions: number;
  clicks: number;
  conversions: number;
  revenue: number;
  /** The gross margin the sales bring: what the business keeps before paying for the channel. */
  marginEarned: number;
  /** Margin earned minus the budget: positive when the channel pays for itself. */
  net: number;
  /** From the metrics module, with the margin: roiAfterMargin is set. */
  result: ChannelResult;
  /** The most a click may cost with this channel's conversion rate. */
  maxCpc: number;
}

export const isPaid = (channel: BudgetChannel): channel is Extract<BudgetChannel, { spend: number }> =>
  'spend' in channel;

export const channelBudget = (channel: BudgetChannel): number =>
  isPaid(channel) ? channel.spend : channel.monthlyCost;

/** Impressions a channel brings: bought at its CPM (spend ÷ CPM × 1 000, the CPM formula read backwards), or as given. */
function impressionsOf(channel: BudgetChannel): number {
  return isPaid(channel) ? (channel.spend / channel.cpm) * 1000 : channel.impressions;
}

export function channelView(
  channel: BudgetChannel,
  { averageOrderValue, grossMargin }: Omit<BudgetInputs, 'channels'>,
): ChannelView {
  const budget = channelBudget(channel);
  const impressions = impressionsOf(channel);
  const clicks = impressions * channel.ctr;
  const conversions = clicks * channel.conversionRate;
  const revenue = conversions * averageOrderValue;
  const marginEarned = revenue * grossMargin;
  return {
    name: channel.name,
    budget,
    impressions,
    clicks,
    conversions,
    revenue,
    marginEarned,
    net: marginEarned - budget,
    result: channelResult({ spend: budget, impressions, clicks, conversions, revenue, grossMargin }),
    maxCpc: maxCpc({ averageOrderValue, grossMargin, conversionRate: channel.conversionRate }),
  };
}

export function budgetViews(inputs: BudgetInputs): ChannelView[] {
  return inputs.channels.map((channel) => channelView(channel, inputs));
}

/** What one sale may cost, and the ROAS below which a channel loses money: the same for every channel. */
export function breakEven({ averageOrderValue, grossMargin }: Omit<BudgetInputs, 'channels'>) {
  return { cpa: breakEvenCpa({ averageOrderValue, grossMargin }), roas: breakEvenRoas({ grossMargin }) };
}

/**
 * The channel with another budget, its reach scaling with it: ads buy more
 * impressions at the same CPM; a community manager paid more is assumed to
 * bring impressions in proportion (a free channel keeps its own).
 */
export function withBudget(channel: BudgetChannel, budget: number): BudgetChannel {
  if (isPaid(channel)) return { ...channel, spend: budget };
  const impressions =
    channel.monthlyCost > 0 ? (channel.impressions * budget) / channel.monthlyCost : channel.impressions;
  return { ...channel, monthlyCost: budget, impressions };
}

export interface SplitView {
  /** The two first channels' budgets added up: the total the slider divides. */
  total: number;
  /** The first channel's share, a fraction. */
  share: number;
  channels: [ChannelView, ChannelView];
  /** Both channels' net result together. */
  net: number;
}

/** The two first channels with the total of their budgets divided by `share` (null: as typed). */
export function splitView(inputs: BudgetInputs, share: number | null): SplitView {
  const [first, second] = inputs.channels as [BudgetChannel, BudgetChannel];
  const total = channelBudget(first) + channelBudget(second);
  const typedShare = total > 0 ? channelBudget(first) / total : 0.5;
  const used = share ?? typedShare;
  const views: [ChannelView, ChannelView] = [
    channelView(withBudget(first, total * used), inputs),
    channelView(withBudget(second, total * (1 - used)), inputs),
  ];
  return { total, share: used, channels: views, net: views[0].net + views[1].net };
}
