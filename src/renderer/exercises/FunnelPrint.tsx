import type { FunnelAnswer } from '../../shared/api/index';
import { FUNNEL_STEP_LABELS, funnelView } from '../../shared/exercises/funnel-view';
import { formatCount, formatPercent } from '../../shared/format/index';
import { t } from '../i18n/fr';
import { FunnelChart } from './FunnelChart';
import { FunnelOverallRow, FunnelTableHead } from './FunnelTableParts';

/** The funnel as it goes into the PDF: the typed counts, their rates, the chart. */
export function FunnelPrint({ answer }: { answer: FunnelAnswer | undefined }) {
  if (!answer) return <p className="no-answer">{t.noAnswer}</p>;
  const view = funnelView(FUNNEL_STEP_LABELS, answer.counts);
  return (
    <div className="exercise exercise--print">
      <table className="funnel-table">
        <FunnelTableHead />
        <tbody>
          {view.steps.map((step) => (
            <tr key={step.label}>
              <th scope="row">{step.label}</th>
              <td>{formatCount(step.count)}</td>
              <td>{formatPercent(step.stepRate)}</td>
              <td>{formatPercent(step.fromStart, { digits: 2 })}</td>
            </tr>
          ))}
        </tbody>
        <FunnelOverallRow>{formatPercent(view.overall, { digits: 2 })}</FunnelOverallRow>
      </table>
      <FunnelChart view={view} />
    </div>
  );
}
