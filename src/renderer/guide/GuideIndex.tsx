import { Link } from 'wouter';
import type { TrainingSession } from '../../shared/api/index';
import { formatDuration } from '../../shared/format/index';
import { t } from '../i18n/fr';
import { lessonsOf } from '../lessons';
import { guidePath } from './guide-path';

/** On the trainer page: the guide of each of the day's lessons, in the session's order. */
export function GuideIndex({ session }: { session: TrainingSession }) {
  return (
    <section aria-labelledby="guide-heading">
      <h2 id="guide-heading">{t.guideHeading}</h2>
      <p className="muted">{t.guideIntro}</p>
      <ol className="guide-index">
        {lessonsOf(session).map(({ frontmatter }) => (
          <li key={frontmatter.id}>
            <Link href={guidePath(frontmatter.id)}>{t.guideLessonLink(frontmatter.title)}</Link>{' '}
            <span className="muted">({formatDuration(frontmatter.durationMin)})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
