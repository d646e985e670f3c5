import { call } from '../api';
import { useLoad } from '../app/useLoad';
import { t } from '../i18n/fr';

/**
 * What went wrong while nobody was asking (a failed automatic backup, an
 * unfinished erase), from app.status; read again whenever `refresh` changes.
 * Outside the page's own load, so that a part of the page failing for the
 * same reason (the backups folder) cannot hide it.
 */
export function TrainerNotices({ refresh }: { refresh: unknown }) {
  const [status] = useLoad(() => call('app.status', {}), [refresh]);
  if (status.state !== 'ready' || status.value.notices.length === 0) return null;
  return (
    <section aria-label={t.problemsHeading}>
      {status.value.notices.map((notice) => (
        <p key={`${notice.code}:${notice.message}`} role="alert" className="notice" data-notice={notice.code}>
          {notice.message}
        </p>
      ))}
    </section>
  );
}
