import type { TrainingSession } from '../../shared/api/index';
import { programmeMinutes } from '../../shared/content/programme';
import { formatDuration } from '../../shared/format/index';
import { t } from '../i18n/fr';
import { lessonsOf } from '../lessons';

/** The day's lessons in the session's order, each with its duration, and how long they take together. */
export function ProgrammeCard({ session }: { session: TrainingSession }) {
  const lessons = lessonsOf(session).map((lesson) => lesson.frontmatter);
  return (
    <section className="programme-card" aria-labelledby="programme-heading">
      <h2 id="programme-heading">{t.programmeHeading}</h2>
      <ol className="programme-list">
        {lessons.map(({ id, title, durationMin }) => (
          <li key={id} data-lesson-id={id}>
            <span>{title}</span> <span className="programme-duration">{formatDuration(durationMin)}</span>
          </li>
        ))}
      </ol>
      <p className="programme-total" data-testid="programme-total">
        {t.programmeTotal(formatDuration(programmeMinutes(lessons)))}
      </p>
    </section>
  );
}
