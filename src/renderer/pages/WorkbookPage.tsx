import { useState } from 'react';
import { Link } from 'wouter';
import { isDesktop, pdfHref, savePdf } from '../api';
import { Page } from '../app/Page';
import { useProfile } from '../app/useProfile';
import { t } from '../i18n/fr';
import { lessonsOf } from '../lessons';
import { ExportWorkbookButton } from '../files/ExportWorkbookButton';

function ExportPdf({ profileId }: { profileId: string }) {
  const [message, setMessage] = useState<string>();
  if (!isDesktop()) {
    return (
      <a className="button" href={pdfHref(profileId)} download>
        {t.exportPdf}
      </a>
    );
  }
  const save = async () => {
    const result = await savePdf(profileId);
    if (!result.ok) setMessage(result.error.message);
    else if (result.value.path) setMessage(t.pdfSaved(result.value.path));
  };
  return (
    <>
      <button type="button" onClick={() => void save()}>
        {t.exportPdf}
      </button>
      {message ? <p role="status">{message}</p> : null}
    </>
  );
}

export function WorkbookPage({ profileId }: { profileId: string }) {
  const [data] = useProfile(profileId);
  return (
    <Page load={data}>
      {({ profile, session }) => (
        <>
          <nav aria-label="Navigation">
            <Link href="/">{t.backHome}</Link>
          </nav>
          <h1>{t.workbookHeading(profile.name)}</h1>
          <section aria-labelledby="lessons-heading">
            <h2 id="lessons-heading">{t.lessonsHeading}</h2>
            <ul className="lesson-list">
              {lessonsOf(session).map(({ frontmatter }) => (
                <li key={frontmatter.id}>
                  <Link href={`/p/${profileId}/lessons/${frontmatter.id}`}>{frontmatter.title}</Link>{' '}
                  <span className="muted">({t.minutes(frontmatter.durationMin)})</span>
                </li>
              ))}
            </ul>
          </section>
          <p className="actions">
            <ExportPdf profileId={profileId} /> <ExportWorkbookButton label={t.exportMine} profileIds={[profileId]} />
          </p>
        </>
      )}
    </Page>
  );
}
