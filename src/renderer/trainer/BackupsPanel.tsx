import { useState } from 'react';
import type { BackupInfo, WorkbookCounts } from '../../shared/api/index';
import { formatMoment } from '../../shared/format/index';
import { call } from '../api';
import { t } from '../i18n/fr';
import { formatSize } from '../i18n/size';

/** Why a backup was made, in French words (`avant-migration-v3` and the like included). */
export function backupReason(reason: string): string {
  const known = t.backupReasons[reason] ?? t.backupReasons[reason.replace(/-v\d+$/, '')];
  return known ?? `${t.backupReasonOther} (${reason})`;
}

type Confirming =
  | { backup: BackupInfo; state: 'reading' }
  | { backup: BackupInfo; state: 'ready'; current: WorkbookCounts; then: WorkbookCounts };

/**
 * Lists the backups, each with why it was made, what it holds and its size.
 * « Restaurer » first says what the restore will replace by what, then
 * restores after saving the present.
 */
export function BackupsPanel({ backups, onChanged }: { backups: BackupInfo[]; onChanged: () => void }) {
  const [confirming, setConfirming] = useState<Confirming>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const run = async (action: () => Promise<{ ok: boolean; text: string }>) => {
    setMessage(await action());
    setConfirming(undefined);
    onChanged();
  };
  const backupNow = () =>
    run(async () => {
      const result = await call('backup.create', {});
      if (!result.ok) return { ok: false, text: result.error.message };
      const { createdAt, counts } = result.value;
      return { ok: true, text: t.backupMade(formatMoment(createdAt), counts?.profiles ?? 0, counts?.answers ?? 0) };
    });
  const ask = async (backup: BackupInfo) => {
    setMessage(undefined);
    setConfirming({ backup, state: 'reading' });
    const result = await call('backup.preview', { id: backup.id });
    if (!result.ok) {
      setConfirming(undefined);
      return setMessage({ ok: false, text: result.error.message });
    }
    setConfirming({ backup, state: 'ready', current: result.value.current, then: result.value.backup });
  };
  const restore = (backup: BackupInfo) =>
    run(async () => {
      const result = await call('backup.restore', { id: backup.id });
      return result.ok
        ? { ok: true, text: t.restored(result.value.profiles, result.value.answers) }
        : { ok: false, text: result.error.message };
    });

  return (
    <section aria-labelledby="backups-heading" className="card">
      <h2 id="backups-heading">{t.backupsHeading}</h2>
      <p className="muted">{t.backupsIntro}</p>
      <p>
        <button type="button" onClick={() => void backupNow()}>
          {t.backupNow}
        </button>
      </p>
      {message ? (
        <p
          role={message.ok ? 'status' : 'alert'}
          className={message.ok ? 'form-message success' : 'form-message error'}
        >
          {message.text}
        </p>
      ) : null}
      <h3>{t.restore}</h3>
      {backups.length === 0 ? <p>{t.noBackups}</p> : null}
      <ul className="backup-list">
        {backups.map((backup) => {
          const when = formatMoment(backup.createdAt);
          return (
            <li key={backup.id} data-reason={backup.reason}>
              <div className="backup-facts">
                <p className="backup-when">{when}</p>
                <p className="backup-reason">{backupReason(backup.reason)}</p>
                <p className="backup-holds muted">
                  {backup.counts ? t.backupHolds(backup.counts.profiles, backup.counts.answers) : t.backupUnreadable}
                  {' · '}
                  {formatSize(backup.sizeBytes)}
                </p>
              </div>
              <button
                type="button"
                className="secondary"
                disabled={!backup.counts}
                aria-label={t.restoreThis(when)}
                onClick={() => void ask(backup)}
              >
                {t.restoreButton}
              </button>
            </li>
          );
        })}
      </ul>
      {confirming ? (
        <div role="alertdialog" aria-label={t.restore} aria-describedby="restore-consequence" className="confirm">
          <p id="restore-consequence" data-testid="restore-consequence">
            {confirming.state === 'ready'
              ? t.restoreWillReplace(confirming.current, confirming.then)
              : t.restoreChecking}
          </p>
          <p className="muted">{t.restoreSafety}</p>
          <p className="actions">
            <button
              type="button"
              className="danger"
              disabled={confirming.state !== 'ready'}
              onClick={() => void restore(confirming.backup)}
            >
              {t.restoreYes}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(undefined)} autoFocus>
              {t.cancel}
            </button>
          </p>
        </div>
      ) : null}
    </section>
  );
}
