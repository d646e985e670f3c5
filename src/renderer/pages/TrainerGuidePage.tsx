import { Link } from 'wouter';
import { call } from '../api';
import { AnswersProvider } from '../answers/AnswersContext';
import { Header } from '../app/Header';
import { Page } from '../app/Page';
import { useLoad } from '../app/useLoad';
import { formatDuration } from '../../shared/format/index';
import { guideExercises } from '../guide/guide-exercises';
import { guidePath } from '../guide/guide-path';
import '../guide/guide.css';
import { t } from '../i18n/fr';
import { findLesson, lessonsOf, type Lesson } from '../lessons';
import { contentComponents, TrainerView } from '../lessons/components/content-components';
import { LessonText } from '../lessons/LessonText';
import { useLessonTexts } from '../lessons/useLessonTexts';

/** No attendee: the print views read no answer, and numbers drawn per attendee are drawn for this one as an example. */
const GUIDE_PROFILE = 'guide-du-formateur';
const NO_ANSWERS = new Map();

function Neighbours({ lessons, index }: { lessons: Lesson[]; index: number }) {
  const previous = index > 0 ? lessons[index - 1] : undefined;
  const next = index >= 0 ? lessons[index + 1] : undefined;
  return (
    <>
      {previous ? (
        <Link href={guidePath(previous.frontmatter.id)}>{t.guidePrevious(previous.frontmatter.title)}</Link>
      ) : null}
      {next ? <Link href={guidePath(next.frontmatter.id)}>{t.guideNext(next.frontmatter.title)}</Link> : null}
    </>
  );
}

/**
 * The « Guide du formateur » of one lesson: the lesson as attendees read it,
 * with its trainer notes shown and its exercises read-only, laid out to be
 * printed. Attendees' pages never render the notes (see TrainerNote).
 */
export function TrainerGuidePage({ lessonId }: { lessonId: string }) {
  const lesson = findLesson(lessonId);
  const data = useLessonTexts(useLoad(() => call('session.get', {}), [])[0], lesson ? [lesson] : []);
  return (
    <Page
      load={data}
      header={(session) => {
        const day = lessonsOf(session);
        return (
          <Header
            pageTitle={lesson ? `${t.guideHeading} — ${lesson.frontmatter.title}` : t.guideHeading}
            session={session.title}
          >
            <Link href="/trainer">{t.trainerLink}</Link>
            <Neighbours lessons={day} index={day.findIndex((l) => l.frontmatter.id === lessonId)} />
          </Header>
        );
      }}
    >
      {() =>
        lesson ? (
          <article className="lesson guide" lang={lesson.frontmatter.lang}>
            <p className="guide-kicker">{t.guideHeading}</p>
            <h1>{lesson.frontmatter.title}</h1>
            <p className="muted">{t.guideDuration(formatDuration(lesson.frontmatter.durationMin))}</p>
            <p className="guide-actions">
              <button type="button" onClick={() => window.print()}>
                {t.guidePrint}
              </button>
            </p>
            <p className="muted">{t.guideReadOnly}</p>
            <h2>{t.objectives}</h2>
            <ul>
              {lesson.frontmatter.objectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
            <TrainerView>
              <AnswersProvider profileId={GUIDE_PROFILE} answers={NO_ANSWERS}>
                <LessonText lesson={lesson} components={{ ...contentComponents, ...guideExercises }} />
              </AnswersProvider>
            </TrainerView>
          </article>
        ) : (
          <p role="alert">{t.lessonNotFound}</p>
        )
      }
    </Page>
  );
}
