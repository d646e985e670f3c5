import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type Db } from './open';

/** Tables in the order their rows may be inserted (foreign keys point backwards). */
const TABLES = ['training_session', 'profile', 'answer'] as const;

/**
 * Replaces the workbook's content with a backup's, in one transaction: the
 * backup is copied, brought to the current schema, then copied in. The open
 * connection stays; a failure leaves the workbook as it was.
 */
export function restoreFrom(db: Db, backupFile: string): { profiles: number; answers: number } {
  const work = mkdtempSync(join(tmpdir(), 'cmday-restore-'));
  try {
    const copy = join(work, 'backup.db');
    copyFileSync(backupFile, copy);
    closeDatabase(openDatabase({ file: copy }));
    db.prepare('ATTACH DATABASE ? AS backup').run(copy);
    try {
      db.transaction(() => {
        for (const table of [...TABLES].reverse()) db.exec(`DELETE FROM main.${table}`);
        for (const table of TABLES) db.exec(`INSERT INTO main.${table} SELECT * FROM backup.${table}`);
      }).immediate();
    } finally {
      db.exec('DETACH DATABASE backup');
    }
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { profiles: count('profile'), answers: count('answer') };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
