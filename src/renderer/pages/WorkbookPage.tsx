import { useEffect } from 'react';
import { lessonProgress } from '../../shared/exercises/progress';
import { Link } from 'wouter';
import { Header } from '../app/Header';
import { Page } from '../app/Page';
import { useProfile } from '../app/useProfile';
import { t } from '../i18n/fr';
import { lessonsOf } from '../lessons';
import { ExportWorkbookPdf } from '../files/ExportPdfButtons';
import { ExportWorkbookButton } from '../files/ExportWorkbookButton';
import { rememberProfile } from '../home/last-profile';
import { ResumeLink } from '../home/ResumeLink';
import { dashboardStrings as ds } from '../dashboard/dashboard-strings';
import { usePace } from '../dashboard/pace';

export function WorkbookPage({ profileId }: { profileId: string }) {
  const [data] = useProfile(profileId);
  // In the room, lessons past the trainer's current one are listed without a link (lockstep).
  const pace = usePace();
  useEffect(() => rememberProfile(profileId), [profileId]);
  return (
    <Page
      load={data}
      header={({ profile, session }) => (
        <Header pageTitle={t.workbookHeading(profile.name)} session={session.title} attendee={profile.name}>
          <Link href="/">{t.backHome}</Link>
        </Header>
      )}
    >
      {({ profile, session, answers }) => (
        <>
          <h1>{t.workbookHeading(profile.name)}</h1>
          <ResumeLink profileId={profileId} session={session} answers={answers} label={t.resumeLesson} />
          <section aria-labelledby="lessons-heading">
            <h2 id="lessons-heading">{t.lessonsHeading}</h2>
            <ul className="lesson-list">
              {lessonsOf(session).map(({ frontmatter, exercises }) => {
                const { done, total } = lessonProgress({ id: frontmatter.id, exercises }, answers);
                return (
                  <li key={frontmatter.id} data-done={total > 0 && done === total ? true : undefined}>
                    {pace.lessonOpen(frontmatter.id) ? (
                      <Link href={`/p/${profileId}/lessons/${frontmatter.id}`}>{frontmatter.title}</Link>
                    ) : (
                      <span data-lesson-locked={frontmatter.id}>
                        {frontmatter.title} <span className="muted">({ds.lessonLocked})</span>
                      </span>
                    )}{' '}
                    <span className="muted">
                      ({t.minutes(frontmatter.durationMin)}
                      {total > 0 ? ` — ${done === total ? t.lessonComplete : t.lessonProgress(done, total)}` : ''})
                    </span>
                    {total > 0 ? <progress value={done} max={total} aria-hidden="true" /> : null}
                  </li>
                );
              })}
            </ul>
          </section>
          <p className="actions">
            <ExportWorkbookPdf profileId={profileId} />{' '}
            <ExportWorkbookButton label={t.exportMine} profileIds={[profileId]} />
          </p>
        </>
      )}
    </Page>
  );
}
