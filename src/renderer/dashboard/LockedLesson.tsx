import { Link } from 'wouter';
import { t } from '../i18n/fr';
import { dashboardStrings as s } from './dashboard-strings';

/** An attendee on a lesson the room has not reached yet (lockstep): said, with the way back. */
export function LockedLesson({ profileId, loading }: { profileId: string; loading: boolean }) {
  if (loading) return <p role="status">{t.loading}</p>;
  return (
    <section className="lesson-locked" data-lesson-locked="true">
      <p role="status">{s.lessonLockedPage}</p>
      <p>
        <Link href={`/p/${profileId}`}>{t.backToWorkbook}</Link>
      </p>
    </section>
  );
}
