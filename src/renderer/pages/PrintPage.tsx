import { useEffect, useState } from 'react';
import { AnswersProvider } from '../answers/AnswersContext';
import { Page } from '../app/Page';
import { useProfile } from '../app/useProfile';
import { PrintTarget } from '../exercises/print-target';
import { lessonComponents } from '../exercises/registry';
import { t } from '../i18n/fr';
import { lessonsOf, type Lesson } from '../lessons';
import { contentComponents } from '../lessons/components/content-components';
import { formatDay } from '../../shared/format/index';

/**
 * One lesson in the PDF: its title and its exercises' print views. The lesson
 * is rendered as written (so each exercise gets the props the lesson gives it)
 * but hidden; its exercises draw themselves into the visible list, in order.
 */
function PrintedLesson({ lesson }: { lesson: Lesson }) {
  const [target, setTarget] = useState<HTMLElement | null>(null);
  return (
    <section className="print-lesson">
      <h2>{lesson.frontmatter.title}</h2>
      <div ref={setTarget} className="print-exercises" />
      {target ? (
        <div hidden>
          <PrintTarget.Provider value={target}>
            <lesson.Component components={{ ...contentComponents, ...lessonComponents }} />
          </PrintTarget.Provider>
        </div>
      ) : null}
    </section>
  );
}

/**
 * The one print view both printers (Electron, system Chromium) turn into the
 * PDF. Each print job has its own id, so a printer that keeps the page open
 * gets fresh data and knows when this job's page is drawn.
 */
export function PrintPage({ profileId, job }: { profileId: string; job: string }) {
  const [data] = useProfile(profileId, job);
  const [paintedJob, setPaintedJob] = useState<string>();
  useEffect(() => {
    if (data.state !== 'ready') return;
    // Ready once the charts have been laid out and painted.
    const frame = requestAnimationFrame(() => requestAnimationFrame(() => setPaintedJob(job)));
    return () => cancelAnimationFrame(frame);
  }, [data, job]);
  const painted = paintedJob === job && data.state === 'ready';
  const today = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(new Date());
  return (
    <div className="print" data-print-ready={painted ? 'true' : 'false'} data-print-job={job}>
      <Page load={data}>
        {({ profile, answers, session }) => (
          <>
            <header className="print-header">
              <p>
                {[session.title, formatDay(session.date), session.place, session.trainer].filter(Boolean).join(' — ')}
              </p>
              <h1>{t.workbookHeading(profile.name)}</h1>
              <p>
                {t.attendee} : <strong>{profile.name}</strong> — {t.printedOn(today)}
              </p>
            </header>
            <AnswersProvider profileId={profileId} answers={answers}>
              {lessonsOf(session).map((lesson) => (
                <PrintedLesson key={lesson.frontmatter.id} lesson={lesson} />
              ))}
            </AnswersProvider>
          </>
        )}
      </Page>
    </div>
  );
}
