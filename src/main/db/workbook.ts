import { join } from 'node:path';
import { AppError } from '../../shared/api/result';
import { createBackups, type Backups } from './backups';
import { closeDatabase, DamagedDatabaseError, openDatabase, type Db } from './open';
import { moveAside, preOpenProblem, recoveredNotice, type StartupNotice } from './recovery';

export const DB_FILE = 'workbook.db';

export interface Workbook {
  db: Db;
  backups: Backups;
  file: string;
  notices: StartupNotice[];
  close(): void;
}

export interface OpenWorkbookOptions {
  dataDir: string;
  nativeBinding?: string | undefined;
  now?: () => Date;
}

function isDamage(error: unknown): boolean {
  if (error instanceof DamagedDatabaseError) return true;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^SQLITE_(NOTADB|CORRUPT|IOERR_SHORT_READ|CANTOPEN_ISDIR)/.test(code);
}

/**
 * Opens the data folder's workbook. A damaged file is moved aside and a fresh
 * one started, with a French notice saying where the old one went; a file from
 * a newer app is refused untouched.
 */
export function openWorkbook({ dataDir, nativeBinding, now = () => new Date() }: OpenWorkbookOptions): Workbook {
  const file = join(dataDir, DB_FILE);
  const backupsDir = join(dataDir, 'backups');
  const notices: StartupNotice[] = [];
  const open = () =>
    openDatabase({
      file,
      nativeBinding,
      beforeMigrate: (db, from) => createBackups({ db, dir: backupsDir, now }).create(`avant-migration-v${from}`),
    });

  const problem = preOpenProblem(file);
  if (problem) notices.push(recoveredNotice(moveAside(file, now()), problem));
  let db: Db;
  try {
    db = open();
  } catch (error) {
    if (error instanceof AppError || !isDamage(error)) throw error;
    notices.push(recoveredNotice(moveAside(file, now()), (error as Error).message));
    db = open();
  }
  const backups = createBackups({ db, dir: backupsDir, now });
  return {
    db,
    backups,
    file,
    notices,
    close() {
      if (!db.open) return;
      backups.createIfChanged('fin-de-session');
      closeDatabase(db);
    },
  };
}
