import { lazy, memo, Suspense } from 'react';
import type { ChannelView } from '../../../shared/exercises/budget-view';
import { formatMad } from '../../../shared/format/index';
import { t } from '../../i18n/fr';

// recharts is most of a lesson's code and only this chart uses it: it loads when the chart is first drawn.
const BudgetBars = lazy(() => import('./BudgetBars'));

/** The chart's height, kept while its bars load, so the page does not jump. */
const HEIGHT = 240;

/**
 * Budget and margin earned per channel, side by side. No tooltip, no tab
 * stop: one image for assistive technology whose name says every number (at
 * once, while the bars load); the table is the way in.
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
      <Suspense fallback={<div className="budget-chart-loading" style={{ height: HEIGHT }} />}>
        <BudgetBars data={data} />
      </Suspense>
    </figure>
  );
});
