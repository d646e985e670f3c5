import { useEffect, useState } from 'react';
import { Page } from '../app/Page';
import { useProfile } from '../app/useProfile';
import { PrintedExercise } from '../exercises/registry';
import { t } from '../i18n/fr';
import { lessonsOf } from '../lessons';
import { formatDay } from '../../shared/format/index';

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
            {lessonsOf(session).map(({ frontmatter, exercises }) => (
              <section key={frontmatter.id} className="print-lesson">
                <h2>{frontmatter.title}</h2>
                {exercises.map((exercise) => (
                  <PrintedExercise key={exercise.id} component={exercise.component} answer={answers.get(exercise.id)} />
                ))}
              </section>
            ))}
          </>
        )}
      </Page>
    </div>
  );
}
