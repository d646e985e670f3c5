import { AppError } from '../../shared/api';
import { countRows } from '../db/backup-file';
import { restoreFrom } from '../db/restore';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';

export function backupHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'backup.list' | 'backup.create' | 'backup.preview' | 'backup.restore' | 'app.status'> {
  const { backups } = ctx.workbook;
  const missing = () =>
    new AppError('not_found', 'Cette sauvegarde n’existe pas (ou plus). Choisissez-en une dans la liste.');
  return {
    'backup.list': () => backups.list(),
    'backup.create': () => backups.create('manuelle'),
    'backup.preview': ({ id }) => {
      const backup = backups.list().find((b) => b.id === id);
      if (!backup) throw missing();
      if (!backup.counts)
        throw new AppError(
          'unavailable',
          'Cette sauvegarde est illisible (vide, incomplète ou endommagée) : elle ne peut pas être restaurée. Choisissez-en une autre.',
        );
      const rows = countRows(ctx.db);
      return { current: { profiles: rows.profile, answers: rows.answer }, backup: backup.counts };
    },
    'backup.restore': ({ id }) => {
      const file = backups.pathOf(id);
      if (!file) throw missing();
      const safety = backups.create('avant-restauration');
      return { ...restoreFrom(ctx.db, file), safetyBackup: safety.id };
    },
    /** Start-up notices, then the problems found since (a failed backup, an unfinished erase). */
    'app.status': () => ({
      notices: [...ctx.workbook.notices, ...ctx.workbook.alerts.list()].map(({ code, message }) => ({ code, message })),
    }),
  };
}
