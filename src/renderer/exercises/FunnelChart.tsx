import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { formatCount, formatPercent } from '../../shared/format/index';
import type { FunnelView } from '../../shared/exercises/funnel-view';
import { t } from '../i18n/fr';

/**
 * The funnel as horizontal bars, one per step, following the typing. Fixed
 * size and no animation: the print view captures it as soon as it is drawn.
 */
export function FunnelChart({ view }: { view: FunnelView }) {
  const data = view.steps.map((step) => ({
    label: step.label,
    count: step.count ?? 0,
    shown: formatCount(step.count),
  }));
  const summary = view.steps.map((s) => `${s.label} ${formatCount(s.count)}`).join(', ');
  const overall =
    view.overall === null ? '' : `; ${t.overall.toLowerCase()} ${formatPercent(view.overall, { digits: 2 })}`;
  return (
    <figure className="funnel-chart" role="img" aria-label={t.chartLabel(summary + overall)}>
      <BarChart
        width={560}
        height={220}
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 72, bottom: 8, left: 8 }}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" tickFormatter={(n: number) => formatCount(n)} />
        <YAxis type="category" dataKey="label" width={150} />
        <Bar dataKey="count" fill="#1f5f8b" isAnimationActive={false}>
          <LabelList dataKey="shown" position="right" />
        </Bar>
      </BarChart>
    </figure>
  );
}
