import type { TrainingSession } from '../../shared/api/index';
import { formatDay, formatHours } from '../../shared/format/index';
import { t } from '../i18n/fr';

/** What attendees see of the day on the home screen. */
export function SessionCard({ session }: { session: TrainingSession }) {
  const rows: [string, string][] = [
    [t.sessionDate, formatDay(session.date)],
    [t.sessionPlace, session.place],
    [t.sessionTrainer, session.trainer],
    [t.sessionOrganiser, session.organiser],
    [t.sessionDuration, formatHours(session.durationHours)],
  ];
  return (
    <section className="session-card" aria-labelledby="session-heading">
      <h2 id="session-heading">{session.title}</h2>
      <dl>
        {rows
          .filter(([, value]) => value.trim() !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
