import { Link } from 'wouter';
import { AnswersProvider } from '../answers/AnswersContext';
import { Page } from '../app/Page';
import { useProfile } from '../app/useProfile';
import { LessonProgress } from '../exercises/LessonProgress';
import { lessonComponents } from '../exercises/registry';
import { t } from '../i18n/fr';
import { findLesson } from '../lessons';
import { contentComponents } from '../lessons/components/content-components';

export function LessonPage({ profileId, lessonId }: { profileId: string; lessonId: string }) {
  const [data] = useProfile(profileId);
  const lesson = findLesson(lessonId);
  return (
    <Page load={data}>
      {({ answers }) => (
        <>
          <nav aria-label="Navigation">
            <Link href={`/p/${profileId}`}>{t.backToWorkbook}</Link>
          </nav>
          {lesson ? (
            <AnswersProvider profileId={profileId} answers={answers}>
              <article className="lesson" lang={lesson.frontmatter.lang}>
                <h1>{lesson.frontmatter.title}</h1>
                <p className="muted">{t.minutes(lesson.frontmatter.durationMin)}</p>
                <LessonProgress lesson={lesson} />
                <h2>{t.objectives}</h2>
                <ul>
                  {lesson.frontmatter.objectives.map((objective) => (
                    <li key={objective}>{objective}</li>
                  ))}
                </ul>
                <lesson.Component components={{ ...contentComponents, ...lessonComponents }} />
              </article>
            </AnswersProvider>
          ) : (
            <p role="alert">{t.lessonNotFound}</p>
          )}
        </>
      )}
    </Page>
  );
}
