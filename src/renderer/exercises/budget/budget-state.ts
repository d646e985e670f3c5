import type { BudgetAnswer, BudgetChannel, BudgetProps } from '../../../shared/exercises/budget';
import { isPaid, type BudgetInputs } from '../../../shared/exercises/budget-view';
import { newField, type FieldKind, type NumberField } from './budget-fields';

export type ChannelKey = 'spend' | 'cpm' | 'monthlyCost' | 'impressions' | 'ctr' | 'conversionRate';
export type SharedKey = 'averageOrderValue' | 'grossMargin';

export const FIELD_KINDS: Record<ChannelKey | SharedKey, FieldKind> = {
  spend: 'amount',
  cpm: 'cpm',
  monthlyCost: 'amount',
  impressions: 'amount',
  ctr: 'rate',
  conversionRate: 'rate',
  averageOrderValue: 'amount',
  grossMargin: 'rate',
};

/** The fields of a channel, by its shape: ads (spend, CPM) or community management (cost, impressions). */
export const channelKeys = (channel: BudgetChannel): ChannelKey[] =>
  isPaid(channel) ? ['spend', 'cpm', 'ctr', 'conversionRate'] : ['monthlyCost', 'impressions', 'ctr', 'conversionRate'];

export interface BudgetState {
  channels: Partial<Record<ChannelKey, NumberField>>[];
  shared: Record<SharedKey, NumberField>;
  split: number | null;
  conclusion: string;
}

/** A saved answer is shown while its channels have the lesson's shapes; otherwise the lesson's numbers. */
function fitsLesson(props: BudgetProps, saved: BudgetAnswer | undefined): saved is BudgetAnswer {
  return (
    saved !== undefined &&
    saved.channels.length === props.channels.length &&
    saved.channels.every((channel, i) => isPaid(channel) === isPaid(props.channels[i]!))
  );
}

export function initialState(props: BudgetProps, saved: BudgetAnswer | undefined): BudgetState {
  const from = fitsLesson(props, saved) ? saved : { ...props, split: null, conclusion: '' };
  return {
    channels: from.channels.map((channel) => {
      const values: Partial<Record<ChannelKey, number>> = channel;
      return Object.fromEntries(channelKeys(channel).map((key) => [key, newField(FIELD_KINDS[key], values[key]!)]));
    }),
    shared: {
      averageOrderValue: newField('amount', from.averageOrderValue),
      grossMargin: newField('rate', from.grossMargin),
    },
    split: from.split,
    conclusion: from.conclusion,
  };
}

export const hasError = (state: BudgetState): boolean =>
  state.channels.some((fields) => Object.values(fields).some((f) => f.error)) ||
  Object.values(state.shared).some((f) => f.error);

/** The numbers the results are computed from: each field's last good value, names from the lesson. */
export function toInputs(state: BudgetState, props: BudgetProps): BudgetInputs {
  const channels = props.channels.map((channel, i): BudgetChannel => {
    const value = (key: ChannelKey) => state.channels[i]![key]!.value;
    const rates = { ctr: value('ctr'), conversionRate: value('conversionRate') };
    return isPaid(channel)
      ? { name: channel.name, spend: value('spend'), cpm: value('cpm'), ...rates }
      : { name: channel.name, monthlyCost: value('monthlyCost'), impressions: value('impressions'), ...rates };
  });
  return {
    channels,
    averageOrderValue: state.shared.averageOrderValue.value,
    grossMargin: state.shared.grossMargin.value,
  };
}

export function toAnswer(state: BudgetState, props: BudgetProps): BudgetAnswer {
  const inputs = toInputs(state, props);
  return {
    kind: 'budget',
    ...inputs,
    channels: [...inputs.channels],
    split: state.split,
    conclusion: state.conclusion,
  };
}
