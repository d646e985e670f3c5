import { useState } from 'react';
import { callHost, isDesktop } from '../api';
import { dashboardStrings as s } from './dashboard-strings';

/** The web host's download, or Electron's save dialog: the same file either way. */
export function ResultsCsvLink() {
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  if (!isDesktop()) {
    return (
      <p>
        <a href="/export/resultats.csv" download>
          {s.csvLink}
        </a>
      </p>
    );
  }
  const save = async () => {
    const result = await callHost('results.saveCsv', {});
    if (!result.ok) setMessage({ text: result.error.message, error: true });
    else if (result.value.path) setMessage({ text: s.csvSaved(result.value.path), error: false });
  };
  return (
    <p>
      <button type="button" onClick={() => void save()}>
        {s.csvLink}
      </button>{' '}
      {message ? (
        <span role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : undefined}>
          {message.text}
        </span>
      ) : null}
    </p>
  );
}
