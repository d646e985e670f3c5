import type { TrainingSession } from '../../shared/api/index';
import { formatDay, formatHours } from '../../shared/format/index';
import { printStrings as p } from './print-strings';

/** The first page: what the booklet is, whose it is, and the day it comes from. */
export function Cover({ kicker, name, session }: { kicker: string; name?: string; session: TrainingSession }) {
  const details: [string, string][] = [
    [p.date, formatDay(session.date)],
    [p.place, session.place],
    [p.trainer, session.trainer],
    [p.organiser, session.organiser],
    [p.duration, formatHours(session.durationHours)],
  ];
  return (
    <section className="print-cover" data-break-before="page" data-print-keep>
      <p className="print-cover-kicker">{kicker}</p>
      <h1>{session.title}</h1>
      {name === undefined ? null : (
        <p className="print-cover-name" dir="auto">
          {name}
        </p>
      )}
      <dl className="print-cover-details">
        {details
          .filter(([, value]) => value.trim() !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
