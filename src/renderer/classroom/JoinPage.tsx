import { useState, type FormEvent } from 'react';
import { joinInput } from '../../shared/api/classroom-schemas';
import { call } from '../api';
import { Header } from '../app/Header';
import { classroomStrings as s } from './classroom-strings';

/**
 * The room's front door: name and code, checked here in French and again by
 * the host. What is stored, where and who sees it is said before anything is sent.
 */
export function JoinPage({ onJoined }: { onJoined: () => void }) {
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = joinInput.safeParse({ name, code });
    if (!checked.success) {
      setError(checked.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    const result = await call('classroom.join', { name, code });
    setBusy(false);
    if (result.ok) onJoined();
    else setError(result.error.message);
  };

  return (
    <>
      <Header pageTitle={s.joinHeading} />
      <main id="main" data-app-state="ready" className="join-page">
        <h1>{s.joinHeading}</h1>
        <p>{s.joinIntro}</p>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p>
            <label htmlFor="join-name">{s.nameLabel}</label>
            <input
              id="join-name"
              autoComplete="name"
              maxLength={80}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </p>
          <p>
            <label htmlFor="join-code">{s.codeInputLabel}</label>
            <input
              id="join-code"
              className="join-code-input"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={12}
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          </p>
          {error ? (
            <p role="alert" className="error">
              {error}
            </p>
          ) : null}
          <button type="submit" disabled={busy}>
            {busy ? s.joining : s.joinButton}
          </button>
        </form>
        <section aria-labelledby="privacy-heading" className="privacy">
          <h2 id="privacy-heading">{s.privacyHeading}</h2>
          <ul>
            {s.privacy.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
