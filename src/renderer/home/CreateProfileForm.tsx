import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { schemas } from '../../shared/api/index';
import { call } from '../api';
import { t } from '../i18n/fr';

export function CreateProfileForm() {
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
  );
}
