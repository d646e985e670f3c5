import { formatMoment } from '../../shared/format/index';
import { useState, type FormEvent } from 'react';
import { call } from '../api';
import { useLoad } from '../app/useLoad';
import { classroomStrings as s } from './classroom-strings';

/** The trainer joins two profiles of one person (two devices): the newer answer per exercise is kept. */
export function MergeProfiles() {
  const [profiles, reload] = useLoad(() => call('profile.list', {}), []);
  const [keepId, setKeepId] = useState('');
  const [mergeId, setMergeId] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await call('profile.merge', { keepId, mergeId });
    if (result.ok) {
      setMessage({ text: s.merged(result.value.profile.name, result.value.answers), error: false });
      setMergeId('');
      reload();
    } else setMessage({ text: result.error.message, error: true });
  };

  if (profiles.state !== 'ready') return null;
  const list = profiles.value;
  const label = (p: { name: string; createdAt: string }) => `${p.name} (${formatMoment(p.createdAt)})`;
  return (
    <section aria-labelledby="merge-heading">
      <h2 id="merge-heading">{s.mergeHeading}</h2>
      <p className="muted">{s.mergeIntro}</p>
      {list.length < 2 ? (
        <p>{s.mergeNeedTwo}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <p>
            <label htmlFor="merge-keep">{s.mergeKeep}</label>{' '}
            <select id="merge-keep" value={keepId} onChange={(event) => setKeepId(event.target.value)}>
              <option value="">{s.mergeChoose}</option>
              {list.map((p) => (
                <option key={p.id} value={p.id}>
                  {label(p)}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="merge-other">{s.mergeOther}</label>{' '}
            <select id="merge-other" value={mergeId} onChange={(event) => setMergeId(event.target.value)}>
              <option value="">{s.mergeChoose}</option>
              {list.map((p) => (
                <option key={p.id} value={p.id}>
                  {label(p)}
                </option>
              ))}
            </select>
          </p>
          <button type="submit" disabled={!keepId || !mergeId}>
            {s.mergeButton}
          </button>
        </form>
      )}
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : undefined}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
