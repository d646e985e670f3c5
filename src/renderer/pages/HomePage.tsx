import { useState } from 'react';
import { Link } from 'wouter';
import { call } from '../api';
import { loadAll } from '../app/loadAll';
import { Page } from '../app/Page';
import { useLoad } from '../app/useLoad';
import { CreateProfileForm } from '../home/CreateProfileForm';
import { ProfileList } from '../home/ProfileList';
import { ProgrammeCard } from '../home/ProgrammeCard';
import { ResumeCard } from '../home/ResumeCard';
import { SessionCard } from '../home/SessionCard';
import { t } from '../i18n/fr';

export function HomePage() {
  const [data, reload] = useLoad(
    () =>
      loadAll({ profiles: call('profile.list', {}), session: call('session.get', {}), status: call('app.status', {}) }),
    [],
  );
  const [message, setMessage] = useState<string>();

  return (
    <Page load={data}>
      {({ profiles, session, status }) => (
        <>
          <nav aria-label="Navigation" className="top-nav">
            <Link href="/trainer">{t.trainerLink}</Link>
          </nav>
          <h1>
            {t.appName} — {t.dayTitle}
          </h1>
          {status.notices.map((notice) => (
            <p key={notice.message} role="alert" className="notice">
              {notice.message}
            </p>
          ))}
          <SessionCard session={session} />
          <ResumeCard profiles={profiles} session={session} />
          <p>{t.homeIntro}</p>
          <CreateProfileForm />
          <section aria-labelledby="profiles-heading">
            <h2 id="profiles-heading">{t.profilesHeading}</h2>
            {message ? <p role="status">{message}</p> : null}
            <ProfileList
              profiles={profiles}
              onChanged={(text) => {
                setMessage(text);
                reload();
              }}
            />
          </section>
          <ProgrammeCard session={session} />
        </>
      )}
    </Page>
  );
}
