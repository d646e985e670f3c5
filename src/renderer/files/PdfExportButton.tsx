import { useState, type MouseEvent } from 'react';
import type { Result } from '../../shared/api/index';
import { isDesktop } from '../api';
import { pdfStrings } from './pdf-strings';
import { fetchAndSave } from './save-download';

interface Props {
  label: string;
  /** The web host's download address (/export/…). */
  href: string;
  /** The name to save under if the host sends none. */
  fallbackName: string;
  /** The desktop's way: the main process prints, asks where, and writes. */
  saveOnDesktop: () => Promise<Result<{ path: string | null }>>;
}

/**
 * One PDF to save, with « Préparation du PDF… » while it is printed and the
 * host's French message if it fails. In a browser it stays a download link
 * (it works even before the script runs); the script fetches it instead, to
 * show the wait and the error.
 */
export function PdfExportButton({ label, href, fallbackName, saveOnDesktop }: Props) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string }>();
  const run = async () => {
    if (busy) return;
    setBusy(true);
    setMessage(undefined);
    try {
      if (isDesktop()) {
        const result = await saveOnDesktop();
        if (!result.ok) setMessage({ kind: 'alert', text: result.error.message });
        else if (result.value.path) setMessage({ kind: 'status', text: pdfStrings.saved(result.value.path) });
      } else {
        const result = await fetchAndSave(href, fallbackName);
        if (!result.ok) setMessage({ kind: 'alert', text: result.error.message });
      }
    } finally {
      setBusy(false);
    }
  };
  const onLink = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void run();
  };
  return (
    <span className="pdf-export" aria-busy={busy}>
      {isDesktop() ? (
        <button type="button" onClick={() => void run()} disabled={busy}>
          {label}
        </button>
      ) : (
        <a className="button" href={href} download onClick={onLink} aria-disabled={busy}>
          {label}
        </a>
      )}
      {busy ? (
        <span role="status" className="muted">
          {' '}
          {pdfStrings.preparing}
        </span>
      ) : null}
      {message?.kind === 'status' ? <span role="status"> {message.text}</span> : null}
      {message?.kind === 'alert' ? (
        <span role="alert" className="error">
          {' '}
          {message.text}
        </span>
      ) : null}
    </span>
  );
}
