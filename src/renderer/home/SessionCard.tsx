import { Link } from 'wouter';
import type { TrainingSession } from '../../shared/api/index';
import { formatDay, formatHours } from '../../shared/format/index';
import { t } from '../i18n/fr';

/**
 * What attendees see of the day on the home screen. Until the trainer has
 * saved the session, it says so: the defaults the service stores (today,
 * Casablanca) are never shown as if they were the day's.
 */
export function SessionCard({ session, saved }: { session: TrainingSession; saved: boolean }) {
  if (!saved) {
    return (
      <section className="session-card card" aria-labelledby="session-heading" data-session="not-ready">
        <h2 id="session-heading">{t.sessionHeading}</h2>
        <p>{t.sessionNotReady}</p>
        <p className="muted">{t.sessionNotReadyHint}</p>
        <p>
          <Link href="/trainer" className="button secondary">
            {t.prepareSession}
          </Link>
        </p>
      </section>
    );
  }
  const rows: [string, string][] = [
    [t.sessionDate, formatDay(session.date)],
    [t.sessionPlace, session.place],
    [t.sessionTrainer, session.trainer],
    [t.sessionOrganiser, session.organiser],
    [t.sessionDuration, formatHours(session.durationHours)],
  ];
  return (
    <section className="session-card card" aria-labelledby="session-heading" data-session="ready">
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
