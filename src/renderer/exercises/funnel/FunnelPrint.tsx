import { funnelLabels } from '../../../shared/exercises/funnel';
import { funnelView } from '../../../shared/exercises/funnel-view';
import { formatCount, formatPercent } from '../../../shared/format/index';
import { t } from '../../i18n/fr';
import { useInIllustrative } from '../../print/illustrative';
import type { PrintProps } from '../kind-view';
import { UnreadableNotice } from '../UnreadableNotice';
import { FunnelChart } from './FunnelChart';
import { FunnelHint, FunnelOverallRow, FunnelTableHead } from './FunnelTableParts';

/**
 * The funnel as it goes into the PDF: the typed counts, their rates, the
 * chart (vector: SVG bars), labelled « Données illustratives » when the
 * lesson's scenario is invented.
 */
export function FunnelPrint({ props, answer, unreadable }: PrintProps<'funnel'>) {
  const illustrative = useInIllustrative();
  const heading = (
    <>
      <h3>{t.funnelCaption}</h3>
      {illustrative ? <p className="illustrative-tag">{t.illustrative}</p> : null}
    </>
  );
  if (!answer) {
    return (
      <div className="exercise exercise--print">
        {heading}
        <UnreadableNotice unreadable={unreadable} print />
        <p className="no-answer">{t.notFilled}</p>
      </div>
    );
  }
  const view = funnelView(funnelLabels(props), answer.counts);
  return (
    <div className="exercise exercise--print">
      {heading}
      <table className="funnel-table">
        <FunnelTableHead />
        <tbody>
          {view.steps.map((step, i) => (
            <tr key={i}>
              <th scope="row">{step.label}</th>
              <td>{formatCount(step.count)}</td>
              <td data-label={t.stepRateColumn}>{formatPercent(step.stepRate)}</td>
              <td data-label={t.fromStartColumn}>{formatPercent(step.fromStart, { digits: 2 })}</td>
            </tr>
          ))}
        </tbody>
        <FunnelOverallRow>{formatPercent(view.overall, { digits: 2 })}</FunnelOverallRow>
      </table>
      <FunnelHint drop={view.biggestDrop} />
      <FunnelChart view={view} />
    </div>
  );
}
