import { memo } from 'react';
import { formatCount, formatPercent } from '../../../shared/format/index';
import type { FunnelView } from '../../../shared/exercises/funnel-view';
import { t } from '../../i18n/fr';
import { logScale } from './log-scale';

/** Bars take at most this share of the track, leaving room for the count after them. */
const BAR_SHARE = 0.78;
const pct = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

/**
 * The funnel as horizontal bars on a logarithmic scale, said so under the
 * chart: the last step can be a thousand times smaller than the first and
 * still be seen. Plain SVG and CSS: it redraws within a frame as the attendee
 * types, fits a phone's width, and prints as drawn. One image for assistive
 * technology (its name says every count), nothing focusable: the table above
 * is the way in by keyboard.
 */
export const FunnelChart = memo(function FunnelChart({ view }: { view: FunnelView }) {
  const scale = logScale(view.steps.map((s) => s.count));
  const summary = view.steps.map((s) => `${s.label} ${formatCount(s.count)}`).join(', ');
  const overall =
    view.overall === null ? '' : `; ${t.overall.toLowerCase()} ${formatPercent(view.overall, { digits: 2 })}`;
  return (
    <figure className="funnel-chart">
      <div className="funnel-chart-body" role="img" aria-label={t.chartLabel(summary + overall)}>
        {view.steps.map((step, i) => (
          <div key={i} className="funnel-chart-row">
            <span className="funnel-chart-label">{step.label}</span>
            <span className="funnel-chart-track">
              <svg className="funnel-bar" width={pct(scale.at(step.count) * BAR_SHARE)} height="18" aria-hidden="true">
                <rect width="100%" height="18" />
              </svg>
              <span className="funnel-chart-value">{formatCount(step.count)}</span>
            </span>
          </div>
        ))}
        <div className="funnel-chart-row funnel-chart-axis" aria-hidden="true">
          <span />
          <span className="funnel-chart-track">
            {scale.ticks.map((tick) => (
              <span key={tick} className="funnel-chart-tick" style={{ left: pct(scale.at(tick) * BAR_SHARE) }}>
                {formatCount(tick)}
              </span>
            ))}
          </span>
        </div>
      </div>
      <figcaption className="muted">{t.chartLogScale}</figcaption>
    </figure>
  );
});
