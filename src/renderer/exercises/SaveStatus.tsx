import type { SaveStatus as Status } from '../answers/autosave';
import { t } from '../i18n/fr';

export function SaveStatus({
  status,
  error,
  onRetry,
}: {
  status: Status;
  error?: string | undefined;
  onRetry: () => void;
}) {
  if (status === 'idle') return <p className="save-status" role="status" />;
  if (status === 'error') {
    return (
      <p className="save-status save-status--error" role="status" data-save-status="error">
        {t.notSaved}
        {error ? ` : ${error}` : ''}{' '}
        <button type="button" onClick={onRetry}>
          {t.retry}
        </button>
      </p>
    );
  }
  return (
    <p className="save-status" role="status" data-save-status={status}>
      {status === 'saved' ? t.saved : t.saving}
    </p>
  );
}
