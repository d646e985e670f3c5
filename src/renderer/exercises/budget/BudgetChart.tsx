import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import type { ChannelView } from '../../../shared/exercises/budget-view';
import { formatCount, formatMad } from '../../../shared/format/index';
import { t } from '../../i18n/fr';

const BUDGET_COLOUR = '#4a5560';
const MARGIN_COLOUR = '#1f5f8b';

/**
 * Budget and margin earned per channel, side by side. No animation (it would
 * lag behind the slider), no tooltip, no tab stop: one image for assistive
 * technology whose name says every number; the table is the way in.
 */
export const BudgetChart = memo(function BudgetChart({ views }: { views: readonly ChannelView[] }) {
  const data = views.map((view) => ({ name: view.name, budget: view.budget, margin: view.marginEarned }));
  const summary = views
    .map(
      (v) =>
        `${v.name} : ${t.chartBudget.toLowerCase()} ${formatMad(v.budget)}, ${t.chartMargin.toLowerCase()} ${formatMad(v.marginEarned)}.`,
    )
    .join(' ');
  return (
    <figure className="budget-chart" role="img" aria-label={t.budgetChartLabel(summary)}>
      <BarChart
        responsive
        style={{ width: '100%', height: 240 }}
        data={data}
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
    </figure>
  );
});
