import { lazy, Suspense, useId } from 'react';
import { KIND_NAMES, type ExerciseStats } from '../../shared/api/dashboard-schemas';
import { formatCount } from '../../shared/format/index';
import { dashboardStrings as s } from './dashboard-strings';
import type { GradeBar } from './GradeBars';

const GradeBars = lazy(() => import('./GradeBars'));

/** Corrections attendees can be shown: a computed value, the right choices. */
const REVEALABLE = new Set<ExerciseStats['kind']>(['metric-question', 'quiz']);

/**
 * One exercise: how the room's answers split (a chart, and the same numbers
 * as a table), and « Révéler la correction » where there is one to reveal.
 */
export function ExerciseGrades({
  stats,
  busy,
  onReveal,
}: {
  stats: ExerciseStats;
  busy: boolean;
  onReveal: (revealed: boolean) => void;
}) {
  const headingId = useId();
  const name = `${KIND_NAMES[stats.kind]} « ${stats.exerciseId} »`;
  const top = stats.buckets[0]?.key;
  const bars: GradeBar[] = stats.buckets.map((bucket) => ({
    label: bucket.label,
    count: bucket.count,
    right: bucket.key === 'correct' || (stats.kind === 'quiz' && bucket.key === top),
  }));
  const summary = bars.map((bar) => `${bar.label} : ${formatCount(bar.count)}`).join(', ');
  return (
    <section className="exercise-grades" aria-labelledby={headingId} data-exercise-grades={stats.exerciseId}>
      <h4 id={headingId}>{name}</h4>
      <p className="muted">{s.answered(stats.answered, stats.unanswered)}</p>
      <figure className="grade-chart" role="img" aria-label={s.chartLabel(name, summary)}>
        <Suspense fallback={<div style={{ height: 40 + 28 * bars.length }} />}>
          <GradeBars bars={bars} />
        </Suspense>
      </figure>
      <table className="grade-table">
        <caption className="visually-hidden">{s.tableCaption(name)}</caption>
        <thead>
          <tr>
            <th scope="col">{s.gradeColumn}</th>
            <th scope="col">{s.countColumn}</th>
          </tr>
        </thead>
        <tbody>
          {stats.buckets.map((bucket) => (
            <tr key={bucket.key} data-bucket={bucket.key}>
              <th scope="row">{bucket.label}</th>
              <td>{formatCount(bucket.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {REVEALABLE.has(stats.kind) ? (
        <p className="actions">
          <button type="button" disabled={busy} onClick={() => onReveal(!stats.revealed)}>
            {stats.revealed ? s.hideReveal : s.reveal}
          </button>{' '}
          {stats.revealed ? <span role="status">{s.revealed}</span> : null}
        </p>
      ) : null}
    </section>
  );
}
