import { AppError } from '../../shared/api';
import { restoreFrom } from '../db/restore';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';

export function backupHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'backup.list' | 'backup.create' | 'backup.restore' | 'app.status'> {
  const { backups } = ctx.workbook;
  return {
    'backup.list': () => backups.list(),
    'backup.create': () => backups.create('manuelle'),
    'backup.restore': ({ id }) => {
      const file = backups.pathOf(id);
      if (!file)
        throw new AppError('not_found', 'Cette sauvegarde n’existe pas (ou plus). Choisissez-en une dans la liste.');
      const safety = backups.create('avant-restauration');
      return { ...restoreFrom(ctx.db, file), safetyBackup: safety.id };
    },
    /** Start-up notices, then the problems found since (a failed backup, an unfinished erase). */
    'app.status': () => ({
      notices: [...ctx.workbook.notices, ...ctx.workbook.alerts.list()].map(({ code, message }) => ({ code, message })),
    }),
  };
}
