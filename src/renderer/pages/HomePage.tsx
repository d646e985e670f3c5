import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { schemas } from '../../shared/api/index';
import { call } from '../api';
import { Page } from '../app/Page';
import { useLoad } from '../app/useLoad';
import { t } from '../i18n/fr';

export function HomePage() {
  const [profiles] = useLoad(() => call('profile.list', {}), []);
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const checked = schemas.profileName.safeParse(name);
    if (!checked.success) return setError(checked.error.issues[0]?.message);
    setBusy(true);
    const result = await call('profile.create', { name: checked.data });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    navigate(`/p/${result.value.id}`);
  };

  return (
    <Page load={profiles}>
      {(list) => (
        <>
          <h1>
            {t.appName} — {t.dayTitle}
          </h1>
          <p>{t.homeIntro}</p>
          <section aria-labelledby="create-heading">
            <h2 id="create-heading">{t.createHeading}</h2>
            <form onSubmit={(event) => void create(event)} noValidate>
              <label htmlFor="profile-name">{t.nameLabel}</label>
              <input
                id="profile-name"
                value={name}
                maxLength={200}
                autoComplete="name"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'profile-name-error' : undefined}
                onChange={(event) => {
                  setName(event.target.value);
                  setError(undefined);
                }}
              />
              <button type="submit" disabled={busy}>
                {t.createButton}
              </button>
              {error ? (
                <p id="profile-name-error" role="alert" className="field-error">
                  {error}
                </p>
              ) : null}
            </form>
          </section>
          <section aria-labelledby="profiles-heading">
            <h2 id="profiles-heading">{t.profilesHeading}</h2>
            {list.length === 0 ? <p>{t.noProfiles}</p> : null}
            <ul className="profile-list">
              {list.map((profile) => (
                <li key={profile.id}>
                  <Link href={`/p/${profile.id}`} aria-label={t.openWorkbook(profile.name)}>
                    {profile.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </Page>
  );
}
