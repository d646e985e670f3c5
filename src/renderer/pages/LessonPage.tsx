import { Link } from 'wouter';
import { AnswersProvider } from '../answers/AnswersContext';
import { Header } from '../app/Header';
import { LessonStepper } from '../app/LessonStepper';
import { Page } from '../app/Page';
import { useProfile } from '../app/useProfile';
import { LessonProgress } from '../exercises/LessonProgress';
import { lessonComponents } from '../exercises/registry';
import { t } from '../i18n/fr';
import { findLesson, lessonsOf } from '../lessons';
import { contentComponents } from '../lessons/components/content-components';
import { LessonText } from '../lessons/LessonText';
import { useLessonTexts } from '../lessons/useLessonTexts';
import { LockedLesson } from '../dashboard/LockedLesson';
import { usePace } from '../dashboard/pace';

export function LessonPage({ profileId, lessonId }: { profileId: string; lessonId: string }) {
  const lesson = findLesson(lessonId);
  const data = useLessonTexts(useProfile(profileId)[0], lesson ? [lesson] : []);
  const pace = usePace();
  return (
    <Page
      load={data}
      header={({ profile, session }) => (
        <Header
          pageTitle={lesson?.frontmatter.title ?? t.lessonNotFound}
          session={session.title}
          attendee={profile.name}
        >
          <Link href={`/p/${profileId}`}>{t.backToWorkbook}</Link>
        </Header>
      )}
    >
      {({ answers, session }) => (
        <>
          {lesson && !pace.lessonOpen(lesson.frontmatter.id) ? (
            // Lockstep: the room has not reached it; it appears here when the trainer moves on.
            <LockedLesson profileId={profileId} loading={pace.loading} />
          ) : lesson ? (
            <AnswersProvider profileId={profileId} answers={answers}>
              <div className="lesson-layout">
                <LessonStepper profileId={profileId} lessons={lessonsOf(session)} currentId={lessonId} />
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
                  <LessonText lesson={lesson} components={{ ...contentComponents, ...lessonComponents }} />
                </article>
              </div>
            </AnswersProvider>
          ) : (
            <p role="alert">{t.lessonNotFound}</p>
          )}
        </>
      )}
    </Page>
  );
}
