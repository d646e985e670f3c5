import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { formatCount } from '../../../shared/format/index';
import { t } from '../../i18n/fr';

const BUDGET_COLOUR = '#4a5560';
const MARGIN_COLOUR = '#1f5f8b';

export interface BudgetBar {
  name: string;
  budget: number;
  margin: number;
}

/**
 * The bars themselves: recharts, in a chunk of its own (BudgetChart loads it),
 * so only the lesson with the budget sandbox downloads it. No animation (it
 * would lag behind the slider), no tooltip.
 */
export default function BudgetBars({ data }: { data: readonly BudgetBar[] }) {
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: 240 }}
      data={data as BudgetBar[]}
      margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
      <YAxis width={64} tick={{ fontSize: 12 }} tickFormatter={(value: number) => formatCount(value)} />
      <Legend />
      <Bar dataKey="budget" name={t.chartBudget} fill={BUDGET_COLOUR} isAnimationActive={false} />
      <Bar dataKey="margin" name={t.chartMargin} fill={MARGIN_COLOUR} isAnimationActive={false} />
    </BarChart>
  );
}
