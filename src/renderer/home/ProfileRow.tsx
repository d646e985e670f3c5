import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { schemas, type Profile } from '../../shared/api/index';
import { call } from '../api';
import { t } from '../i18n/fr';

type Mode = 'view' | 'rename' | 'confirm-delete';

/** One attendee on the home screen: open, rename, or erase (after a confirmation). */
export function ProfileRow({
  profile,
  detail,
  onChanged,
}: {
  profile: Profile;
  detail?: string;
  onChanged: (message?: string) => void;
}) {
  const [mode, setMode] = useState<Mode>('view');
  const [name, setName] = useState(profile.name);
  const [error, setError] = useState<string>();
  const inputId = `rename-${profile.id}`;

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const checked = schemas.profileName.safeParse(name);
    if (!checked.success) return setError(checked.error.issues[0]?.message);
    const result = await call('profile.rename', { profileId: profile.id, name: checked.data });
    if (!result.ok) return setError(result.error.message);
    setMode('view');
    onChanged();
  };

  const erase = async () => {
    const result = await call('profile.delete', { profileId: profile.id });
    if (!result.ok) return setError(result.error.message);
    onChanged(t.deleted(profile.name));
  };

  return (
    <li className="profile-row">
      {mode === 'rename' ? (
        <form onSubmit={(event) => void rename(event)} noValidate>
          <label htmlFor={inputId}>{t.renameLabel(profile.name)}</label>
          <input id={inputId} value={name} onChange={(event) => setName(event.target.value)} autoFocus />
          <button type="submit">{t.save}</button>
          <button type="button" className="secondary" onClick={() => setMode('view')}>
            {t.cancel}
          </button>
        </form>
      ) : (
        <>
          <Link href={`/p/${profile.id}`} aria-label={t.openWorkbook(profile.name)}>
            {profile.name}
          </Link>
          {detail ? <span className="muted"> ({detail})</span> : null}{' '}
          <button type="button" className="secondary" onClick={() => setMode('rename')}>
            {t.rename}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setMode('confirm-delete')}>
            {t.delete}
          </button>
        </>
      )}
      {mode === 'confirm-delete' ? (
        <div role="alertdialog" aria-label={t.delete} className="confirm">
          <p>{t.deleteConfirm(profile.name)}</p>
          <button type="button" className="danger" onClick={() => void erase()}>
            {t.deleteYes}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setMode('view')} autoFocus>
            {t.cancel}
          </button>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </li>
  );
}
