import { Link } from 'wouter';
import type { Answer, TrainingSession } from '../../shared/api/index';
import { nextUnfinished } from '../../shared/exercises/progress';
import { t } from '../i18n/fr';
import { lessonsOf } from '../lessons';

/** The next unfinished exercise of the day, as a link to its lesson; a word of congratulation once all are done. */
export function ResumeLink({
  profileId,
  session,
  answers,
  label,
}: {
  profileId: string;
  session: TrainingSession;
  answers: ReadonlyMap<string, Answer>;
  label: (lessonTitle: string) => string;
}) {
  const lessons = lessonsOf(session);
  const next = nextUnfinished(
    lessons.map((lesson) => ({
      id: lesson.frontmatter.id,
      exercises: lesson.exercises,
      title: lesson.frontmatter.title,
    })),
    answers,
  );
  if (!next) return <p>{t.allDone}</p>;
  return (
    <p>
      <Link className="button" href={`/p/${profileId}/lessons/${next.lesson.id}`}>
        {label(next.lesson.title)}
      </Link>
    </p>
  );
}
