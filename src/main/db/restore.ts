import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../shared/api/result';
import { looksLikeDatabase } from './backup-file';
import { closeDatabase, openDatabase, type Db } from './open';
import { isStorageError } from './storage-errors';

/** Tables in the order their rows may be inserted (foreign keys point backwards). */
const TABLES = ['training_session', 'profile', 'answer'] as const;

const unreadable = () =>
  new AppError(
    'unavailable',
    'Cette sauvegarde est illisible (vide, incomplète ou endommagée) : elle n’a pas été restaurée et le cahier n’a pas changé. Choisissez-en une autre.',
  );

/**
 * Replaces the workbook's content with a backup's, in one transaction: the
 * backup is copied, checked, brought to the current schema, then copied in.
 * Attendees erased since the backup was taken stay erased (pending_erasure is
 * the workbook's own). The open connection stays; a failure leaves the
 * workbook as it was.
 */
export function restoreFrom(db: Db, backupFile: string): { profiles: number; answers: number } {
  // Stryker disable next-line StringLiteral: only the temporary folder's name changes; it is removed either way (restore.mutation.test.ts checks nothing is left)
  const work = mkdtempSync(join(tmpdir(), 'cmday-restore-'));
  try {
    const copy = join(work, 'backup.db');
    copyFileSync(backupFile, copy);
    // An empty file would open as an empty database and empty the workbook.
    if (!looksLikeDatabase(copy)) throw unreadable();
    try {
      closeDatabase(openDatabase({ file: copy }));
    } catch (error) {
      if (error instanceof AppError || isStorageError(error)) throw error;
      throw unreadable();
    }
    db.prepare('ATTACH DATABASE ? AS backup').run(copy);
    try {
      db.transaction(() => {
        // The room's tokens are the browsers signed in now, not then: deleting the
        // profiles would cascade them away and sign every attendee out. Kept for
        // each attendee the backup still has.
        db.exec('CREATE TEMP TABLE kept_token AS SELECT * FROM main.attendee_token');
        // Stryker disable next-line MethodExpression: deleting a profile first deletes its answers and tokens too (ON DELETE CASCADE, foreign keys on): the same rows are left
        for (const table of [...TABLES].reverse()) db.exec(`DELETE FROM main.${table}`);
        for (const table of TABLES) db.exec(`INSERT INTO main.${table} SELECT * FROM backup.${table}`);
        db.exec('DELETE FROM main.profile WHERE id IN (SELECT profile_id FROM main.pending_erasure)');
        db.exec(
          'INSERT INTO main.attendee_token SELECT * FROM temp.kept_token WHERE profile_id IN (SELECT id FROM main.profile)',
        );
        db.exec('DROP TABLE temp.kept_token');
      }).immediate();
    } finally {
      db.exec('DETACH DATABASE backup');
    }
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { profiles: count('profile'), answers: count('answer') };
  } finally {
    // Stryker disable next-line BooleanLiteral: the folder always exists, mkdtempSync made it; force only hides a missing one
    rmSync(work, { recursive: true, force: true });
  }
}
