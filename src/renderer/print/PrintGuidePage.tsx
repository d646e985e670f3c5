import { call } from '../api';
import { AnswersProvider } from '../answers/AnswersContext';
import { Page } from '../app/Page';
import { useLoad } from '../app/useLoad';
import { guideExercises } from '../guide/guide-exercises';
import { lessons as allLessons, findLesson, lessonsOf, type Lesson } from '../lessons';
import { contentComponents, TrainerView } from '../lessons/components/content-components';
import { LessonText } from '../lessons/LessonText';
import { useLessonTexts } from '../lessons/useLessonTexts';
import { Book } from './Book';
import { Cover } from './Cover';
import { lessonAnchor, LessonHead } from './LessonHead';
import { printStrings as p } from './print-strings';
import { Toc } from './Toc';

/** No attendee: exercises show no answer, and numbers drawn per attendee are drawn for this one, as an example. */
const GUIDE_PROFILE = 'guide-du-formateur';
const NO_ANSWERS = new Map();

/** One lesson as the trainer reads it: the whole text, trainer notes shown, exercises read-only where they sit. */
function GuideLesson({ lesson, number }: { lesson: Lesson; number: number }) {
  return (
    <>
      <LessonHead lesson={lesson} number={number} />
      <div data-print-flow lang={lesson.frontmatter.lang}>
        <LessonText lesson={lesson} components={{ ...contentComponents, ...guideExercises }} />
      </div>
    </>
  );
}

/**
 * The « Guide du formateur » for printing (`#/print-guide/<job>`, or
 * `#/print-guide/<lessonId>/<job>` for one lesson): cover, contents, then each
 * lesson with its `<TrainerNote>` blocks visible. Same book, same readiness
 * signal as the workbook.
 */
export function PrintGuidePage({ lessonId, job }: { lessonId?: string; job: string }) {
  // Every lesson's text, whichever the guide prints: they load together, before the first layout.
  const data = useLessonTexts(useLoad(() => call('session.get', {}), [job])[0], allLessons);
  return (
    <div className="print">
      <Page load={data}>
        {(session) => {
          const all = lessonsOf(session);
          const one = lessonId ? findLesson(lessonId) : undefined;
          const lessons = one ? [one] : all;
          const numberOf = (lesson: Lesson) => Math.max(1, all.indexOf(lesson) + 1);
          return (
            <Book
              key={job}
              job={job}
              footer={`${p.guideTitle} — ${session.title}`}
              title={`${p.guideTitle} — ${session.title}`}
              loaded
            >
              <Cover kicker={p.guideTitle} session={session} />
              {lessons.length > 1 ? (
                <Toc
                  entries={lessons.map((lesson) => ({
                    anchor: lessonAnchor(lesson),
                    number: p.lessonNumber(numberOf(lesson)),
                    title: lesson.frontmatter.title,
                  }))}
                />
              ) : null}
              <TrainerView>
                <AnswersProvider profileId={GUIDE_PROFILE} answers={NO_ANSWERS}>
                  {lessons.map((lesson) => (
                    <GuideLesson key={lesson.frontmatter.id} lesson={lesson} number={numberOf(lesson)} />
                  ))}
                </AnswersProvider>
              </TrainerView>
            </Book>
          );
        }}
      </Page>
    </div>
  );
}
