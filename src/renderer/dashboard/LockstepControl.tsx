import type { Dashboard } from '../../shared/api/dashboard-schemas';
import { dashboardStrings as s } from './dashboard-strings';

/** « Leçon en cours » and « Avancer »: how far attendees may go. */
export function LockstepControl({
  data,
  busy,
  onSet,
  onAdvance,
}: {
  data: Dashboard;
  busy: boolean;
  onSet: (lessonId: string | null) => void;
  onAdvance: () => void;
}) {
  const current = data.pace.currentLesson;
  const last = data.lessons.at(-1)?.lessonId;
  return (
    <section aria-labelledby="lockstep-heading" className="lockstep" data-current-lesson={current ?? ''}>
      <h3 id="lockstep-heading">{s.lockstepHeading}</h3>
      <p className="muted">{s.lockstepIntro}</p>
      <p>
        <label htmlFor="lockstep-lesson">{s.currentLesson}</label>{' '}
        <select
          id="lockstep-lesson"
          value={current ?? ''}
          disabled={busy}
          onChange={(event) => onSet(event.target.value === '' ? null : event.target.value)}
        >
          <option value="">{s.allLessons}</option>
          {data.lessons.map((lesson) => (
            <option key={lesson.lessonId} value={lesson.lessonId}>
              {lesson.title}
            </option>
          ))}
        </select>{' '}
        <button type="button" onClick={onAdvance} disabled={busy || (current !== null && current === last)}>
          {s.advance}
        </button>
      </p>
    </section>
  );
}
