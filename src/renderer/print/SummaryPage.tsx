import { formatCount, formatPercent } from '../../shared/format/index';
import type { WorkbookSummary } from '../../shared/print/summary';
import { printStrings as p } from './print-strings';

export const SUMMARY_ANCHOR = 'summary';

const score = (points: number, max: number) => (max === 0 ? p.noScore : p.outOf(formatCount(points), formatCount(max)));

/** The summary: exercises finished and points scored, lesson by lesson. */
export function SummaryPage({ summary }: { summary: WorkbookSummary }) {
  const { total } = summary;
  return (
    <>
      <header data-break-before="page" data-keep-with-next data-toc-anchor={SUMMARY_ANCHOR}>
        <h1>{p.summary}</h1>
        <p className="muted">{p.summaryIntro}</p>
      </header>
      <div className="print-summary-figures" data-print-keep>
        <p className="print-summary-figure">
          <strong>{p.outOf(formatCount(total.done), formatCount(total.total))}</strong>
          {p.summaryDoneLine(total.done, total.total)}
        </p>
        <p className="print-summary-figure">
          <strong>{total.max === 0 ? p.noScore : formatPercent(total.points / total.max, { digits: 0 })}</strong>
          {total.max === 0
            ? p.summaryNoScore
            : p.summaryScoreLine(total.points, total.max, formatPercent(total.points / total.max, { digits: 0 }))}
        </p>
      </div>
      <table className="print-summary">
        <thead>
          <tr>
            <th scope="col">{p.summaryLesson}</th>
            <th scope="col" className="number">
              {p.summaryDone}
            </th>
            <th scope="col" className="number">
              {p.summaryScore}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.lessons.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.title}</th>
              <td className="number">{p.outOf(formatCount(row.done), formatCount(row.total))}</td>
              <td className="number">{score(row.points, row.max)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{p.summaryTotal}</th>
            <td className="number">{p.outOf(formatCount(total.done), formatCount(total.total))}</td>
            <td className="number">{score(total.points, total.max)}</td>
          </tr>
        </tfoot>
      </table>
    </>
  );
}
