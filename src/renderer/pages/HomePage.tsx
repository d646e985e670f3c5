import { useState } from 'react';
import { Link } from 'wouter';
import { call } from '../api';
import { Header } from '../app/Header';
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
      loadAll({
        profiles: call('profile.list', {}),
        session: call('session.get', {}),
        setup: call('session.status', {}),
        status: call('app.status', {}),
      }),
    [],
  );
  const [message, setMessage] = useState<string>();

  return (
    <Page
      load={data}
      header={({ session, setup }) => (
        <Header pageTitle={t.homeTitle} session={setup.saved ? session.title : undefined}>
          <Link href="/trainer">{t.trainerLink}</Link>
        </Header>
      )}
    >
      {({ profiles, session, setup, status }) => (
        <>
          <h1>{t.homeHeading}</h1>
          {status.notices.map((notice) => (
            <p key={notice.message} role="alert" className="notice">
              {notice.message}
            </p>
          ))}
          <p className="lead">{t.homeIntro}</p>
          <SessionCard session={session} saved={setup.saved} />
          <ResumeCard profiles={profiles} session={session} />
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
