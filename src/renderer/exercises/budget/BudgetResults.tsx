import type { ChannelView } from '../../../shared/exercises/budget-view';
import { formatCount, formatDecimal, formatMad, formatPercent } from '../../../shared/format/index';
import { t } from '../../i18n/fr';

type Row = keyof typeof t.budgetRows;

/** Each row's number for one channel, formatted: every value comes from the view model. */
const CELLS: Record<Row, (c: ChannelView) => string> = {
  budget: (c) => formatMad(c.budget),
  impressions: (c) => formatCount(Math.round(c.impressions)),
  clicks: (c) => formatCount(Math.round(c.clicks)),
  // Conversions keep a decimal: 97,2 orders is what the hypotheses give, rounding would hide it.
  conversions: (c) => formatDecimal(c.conversions, { maximumDigits: 1 }),
  revenue: (c) => formatMad(c.revenue),
  marginEarned: (c) => formatMad(c.marginEarned),
  net: (c) => formatMad(c.net),
  cpc: (c) => formatMad(c.result.cpc),
  maxCpc: (c) => formatMad(c.maxCpc),
  cpa: (c) => formatMad(c.result.cpa),
  roas: (c) => formatDecimal(c.result.roas),
  roiAfterMargin: (c) => formatPercent(c.result.roiAfterMargin ?? null),
  roi: (c) => formatPercent(c.result.roi),
};

/** Channels side by side, one row per measure; ROI after margin first, ROI on revenue labelled as such. */
export function BudgetResults({ views, caption }: { views: readonly ChannelView[]; caption: string }) {
  return (
    <table className={`budget-results budget-results--${views.length}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.budgetMeasure}</th>
          {views.map((view, i) => (
            <th key={i} scope="col">
              {view.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {(Object.keys(CELLS) as Row[]).map((row) => (
          <tr key={row} className={row === 'roiAfterMargin' ? 'budget-key-row' : undefined}>
            <th scope="row">{t.budgetRows[row]}</th>
            {views.map((view, i) => (
              <td key={i} data-testid={`${row}-${i}`}>
                {CELLS[row](view)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
