import type { ApiError } from '../../shared/api/index';
import type { SaveStatus as Status } from '../answers/autosave';
import { t } from '../i18n/fr';
import { afterColon } from '../i18n/plural';

interface Props {
  /** The autosave's state, or 'invalid' while a field holds a value that cannot be saved. */
  status: Status | 'invalid';
  error?: ApiError | undefined;
  onRetry: () => void;
}

export function SaveStatus({ status, error, onRetry }: Props) {
  if (status === 'idle') return <p className="save-status" role="status" />;
  if (status === 'offline') {
    return (
      <p className="save-status save-status--offline" role="status" data-save-status="offline">
        {t.offlineKept}
      </p>
    );
  }
  if (status === 'invalid' || status === 'error') {
    return (
      <p className="save-status save-status--error" role="status" data-save-status={status}>
        {status === 'invalid' ? t.fixToSave : `${t.notSaved}${error ? ` : ${afterColon(error.message)}` : ''} `}
        {status === 'error' && error?.code === 'conflict' ? (
          <button type="button" onClick={() => window.location.reload()}>
            {t.reload}
          </button>
        ) : null}
        {status === 'error' && error?.code !== 'conflict' ? (
          <button type="button" onClick={onRetry}>
            {t.retry}
          </button>
        ) : null}
      </p>
    );
  }
  return (
    <p className="save-status" role="status" data-save-status={status}>
      {status === 'saved' ? t.saved : t.saving}
    </p>
  );
}
