import { useState } from 'react';
import type { BackupInfo } from '../../shared/api/index';
import { formatMoment } from '../../shared/format/index';
import { call } from '../api';
import { t } from '../i18n/fr';

/** Lists the backups; « Restaurer » asks once more, then restores after saving the present. */
export function BackupsPanel({ backups, onChanged }: { backups: BackupInfo[]; onChanged: () => void }) {
  const [confirming, setConfirming] = useState<BackupInfo>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const run = async (action: () => Promise<{ ok: true; text: string } | { ok: false; text: string }>) => {
    setMessage(await action());
    setConfirming(undefined);
    onChanged();
  };
  const backupNow = () =>
    run(async () => {
      const result = await call('backup.create', {});
      return result.ok
        ? { ok: true, text: formatMoment(result.value.createdAt) }
        : { ok: false, text: result.error.message };
    });
  const restore = (backup: BackupInfo) =>
    run(async () => {
      const result = await call('backup.restore', { id: backup.id });
      return result.ok
        ? { ok: true, text: t.restored(result.value.profiles, result.value.answers) }
        : { ok: false, text: result.error.message };
    });

  return (
    <section aria-labelledby="backups-heading">
      <h2 id="backups-heading">{t.backupsHeading}</h2>
      <p className="muted">{t.backupsIntro}</p>
      <button type="button" onClick={() => void backupNow()}>
        {t.backupNow}
      </button>
      <h3>{t.restore}</h3>
      {backups.length === 0 ? <p>{t.noBackups}</p> : null}
      <ul className="backup-list">
        {backups.map((backup) => (
          <li key={backup.id}>
            {formatMoment(backup.createdAt)} <span className="muted">({backup.reason})</span>{' '}
            <button type="button" className="secondary" onClick={() => setConfirming(backup)}>
              {t.restoreThis(formatMoment(backup.createdAt))}
            </button>
          </li>
        ))}
      </ul>
      {confirming ? (
        <div role="alertdialog" aria-label={t.restore} className="confirm">
          <p>{t.restoreConfirm(formatMoment(confirming.createdAt))}</p>
          <button type="button" className="danger" onClick={() => void restore(confirming)}>
            {t.restoreYes}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(undefined)} autoFocus>
            {t.cancel}
          </button>
        </div>
      ) : null}
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? '' : 'error'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
