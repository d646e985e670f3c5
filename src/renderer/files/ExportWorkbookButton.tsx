import { useState } from 'react';
import { call } from '../api';
import { downloadText } from './download';

/** Exports one attendee (profileIds) or everyone (none) as a .cmwb file. */
export function ExportWorkbookButton({ label, profileIds }: { label: string; profileIds?: string[] }) {
  const [error, setError] = useState<string>();
  const run = async () => {
    const result = await call('workbook.export', profileIds ? { profileIds } : {});
    if (!result.ok) return setError(result.error.message);
    setError(undefined);
    downloadText(result.value.fileName, result.value.content);
  };
  return (
    <>
      <button type="button" onClick={() => void run()}>
        {label}
      </button>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </>
  );
}
