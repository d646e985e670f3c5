import { mkdirSync, readdirSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo, WorkbookCounts } from '../../shared/api';
import { AppError } from '../../shared/api/result';
import { formatMoment } from '../../shared/format/dates';
import { createAlerts, type Alerts } from './alerts';
import { countRows, looksLikeDatabase, syncFile, verifyBackup, type RowCounts } from './backup-file';
import { schemaVersion } from './migrate';
import type { Db } from './open';
import { backupsPlace, explain, storageError } from './storage-errors';
import { syncDir } from './sync-dir';

export type { BackupInfo };

export const BACKUP_KEEP = 10;
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;
/** After a failed automatic backup, the next save tries again no sooner than this. */
export const BACKUP_RETRY_MS = 60 * 1000;
const NAME = /^workbook-(\d{8}T\d{6}\d{3}Z)-([a-z0-9-]{1,40})\.db$/;
/** Where a backup is written before it is checked; never listed, removed when found. */
const TEMP = /^workbook-\d{8}T\d{9}Z-[a-z0-9-]{1,40}\.db\.tmp$/;

const stamp = (date: Date) => date.toISOString().replace(/[-:.]/g, '');
const fromStamp = (s: string) =>
  `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;

/** A backup that was written but did not hold what the workbook holds. */
class BackupCheckError extends Error {}

export interface BackupsOptions {
  db: Db;
  dir: string;
  now?: () => Date;
  keep?: number;
  intervalMs?: number;
  /** Where a failed automatic backup is reported (it has no caller to answer to). */
  alerts?: Alerts;
}

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/** Attendees and answers in a backup, read-only; null when SQLite cannot read it. */
function readCounts(path: string): WorkbookCounts | null {
  let copy: Database.Database | undefined;
  try {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: the file was just found whole and is only read; a read-write open, or one allowed to create, reads it alike
    copy = new Database(path, { readonly: true, fileMustExist: true });
    const rows = countRows(copy);
    return { profiles: rows.profile, answers: rows.answer };
  } catch {
    return null;
  } finally {
    // Stryker disable next-line OptionalChaining: opening a file just found whole does not fail (only if it vanished in between)
    copy?.close();
  }
}

/**
 * Online backups with VACUUM INTO: a consistent, compact copy taken while the
 * app runs, written under a temporary name, checked, then renamed — a listed
 * backup is always a whole one. The newest `keep` are kept; older ones are pruned.
 */
export function createBackups({
  db,
  dir,
  now = () => new Date(),
  keep = BACKUP_KEEP,
  intervalMs = BACKUP_INTERVAL_MS,
  alerts = createAlerts(),
}: BackupsOptions) {
  let changedSinceBackup = false;
  // Known in memory so an autosave does not list the folder: read once, then kept.
  let dueAt: number | undefined;
  const place = backupsPlace(dir);
  /**
   * What each backup holds, by file name, size and modification time: a
   * listing opens only the files it has not seen (a scrubbed backup changes
   * and is read again).
   */
  const counted = new Map<string, { key: string; counts: WorkbookCounts | null }>();
  const countsOf = (id: string, path: string): WorkbookCounts | null => {
    const stat = statSync(path);
    const key = `${stat.size}:${stat.mtimeMs}`;
    const known = counted.get(id);
    if (known?.key === key) return known.counts;
    const counts = readCounts(path);
    counted.set(id, { key, counts });
    return counts;
  };

  const names = (): string[] => {
    try {
      return readdirSync(dir);
    } catch (error) {
      // Stryker disable next-line ArrayDeclaration: any other name is no backup's and no temporary copy's, so it is ignored alike
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw storageError(error, place) ?? error;
    }
  };

  /** Only whole backups: anything else in the folder (Thumbs.db, a folder, a cut copy) is ignored. */
  const list = (): BackupInfo[] => {
    const found = names();
    // Stryker disable next-line ConditionalExpression,CallExpression: only frees the memory of files gone; a file back under that name has another time, so it is read again anyway
    for (const id of counted.keys()) if (!found.includes(id)) counted.delete(id);
    return found
      .flatMap((id) => {
        const match = NAME.exec(id);
        const path = join(dir, id);
        // Stryker disable next-line ConditionalExpression: without a match, reading match[1] throws inside the try below, which ignores the entry alike
        if (!match) return [];
        try {
          if (!isFile(path) || !looksLikeDatabase(path)) return [];
          const counts = countsOf(id, path);
          return [{ id, createdAt: fromStamp(match[1]!), reason: match[2]!, sizeBytes: statSync(path).size, counts }];
        } catch {
          return [];
        }
      })
      .sort((a, b) => b.id.localeCompare(a.id));
  };

  const removeTemps = () => {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: the file was just listed, so removing it without force works alike
    for (const name of names()) if (TEMP.test(name)) rmSync(join(dir, name), { force: true });
  };

  const create = (reason: string): BackupInfo => {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw storageError(error, place) ?? error;
    }
    removeTemps();
    let at = now();
    let id = `workbook-${stamp(at)}-${reason}.db`;
    while (statSync(join(dir, id), { throwIfNoEntry: false })) {
      at = new Date(at.getTime() + 1);
      id = `workbook-${stamp(at)}-${reason}.db`;
    }
    const file = join(dir, id);
    const temp = `${file}.tmp`;
    let expected: { version: number; counts: RowCounts };
    try {
      expected = { version: schemaVersion(db), counts: countRows(db) };
      db.prepare('VACUUM INTO ?').run(temp);
      try {
        verifyBackup(temp, expected);
      } catch (error) {
        throw new BackupCheckError((error as Error).message);
      }
      syncFile(temp);
      renameSync(temp, file);
      syncDir(dir);
    } catch (error) {
      rmSync(temp, { force: true });
      if (error instanceof BackupCheckError)
        throw new AppError(
          'unavailable',
          `La sauvegarde n’a pas pu être vérifiée (${error.message}) ; elle a été écartée. Réessayez.`,
        );
      throw storageError(error, place) ?? error;
    }
    changedSinceBackup = false;
    dueAt = at.getTime() + intervalMs;
    alerts.clear('backup_failed');
    const stat = statSync(file);
    // Checked above to hold exactly these rows: no need to open it again to list it.
    const counts = { profiles: expected.counts.profile, answers: expected.counts.answer };
    // Stryker disable next-line CallExpression,ObjectLiteral,StringLiteral: fills the cache ahead; without it the next listing opens the file once and finds the same counts
    counted.set(id, { key: `${stat.size}:${stat.mtimeMs}`, counts });
    for (const old of list().slice(keep)) unlinkSync(join(dir, old.id));
    return { id, createdAt: at.toISOString(), reason, sizeBytes: stat.size, counts };
  };

  return {
    dir,
    list,
    create,
    /** The path of a listed backup, or null for any other name (no path tricks). */
    pathOf(id: string): string | null {
      return NAME.test(id) && list().some((b) => b.id === id) ? join(dir, id) : null;
    },
    /**
     * Called after answers change: a backup at most every `intervalMs`. Never
     * throws — the answers are already saved; a failure is put on the
     * trainer's screen and tried again a minute later.
     */
    noteChange(): BackupInfo | null {
      changedSinceBackup = true;
      const time = now();
      try {
        if (dueAt === undefined) {
          const newest = list()[0];
          dueAt = newest ? Date.parse(newest.createdAt) + intervalMs : Number.NEGATIVE_INFINITY;
        }
        if (time.getTime() < dueAt) return null;
        return create('automatique');
      } catch (error) {
        dueAt = time.getTime() + BACKUP_RETRY_MS;
        const reason = explain(error, place);
        alerts.set({
          code: 'backup_failed',
          message: `La sauvegarde automatique du ${formatMoment(time.toISOString())} a échoué. Les réponses sont bien enregistrées dans le cahier, mais aucune copie de secours récente n’existe. ${reason}`,
        });
        return null;
      }
    },
    /** At the end of the session, if anything changed since the last backup. */
    createIfChanged(reason: string): BackupInfo | null {
      return changedSinceBackup ? create(reason) : null;
    },
    /**
     * Removes an erased attendee from every backup too (law 09-08: nothing
     * stays on disk). Goes through every file even when one fails, and
     * returns what could not be scrubbed (French, one line per backup).
     */
    scrubProfile(profileId: string): string[] {
      const failed: string[] = [];
      let found: string[];
      try {
        found = names();
      } catch (error) {
        return [explain(error, place)];
      }
      for (const name of found) {
        const path = join(dir, name);
        try {
          // A cut copy can never be restored, yet may hold the attendee: it goes.
          // Stryker disable next-line ObjectLiteral,BooleanLiteral: the file was just listed, so removing it without force works alike
          if (TEMP.test(name)) rmSync(path, { force: true });
          else if (NAME.test(name) && isFile(path)) {
            if (!looksLikeDatabase(path) || scrubOne(path, profileId) === 'damaged') unlinkSync(path);
          }
        } catch (error) {
          failed.push(`${name} : ${explain(error, place)}`);
        }
      }
      return failed;
    },
  };
}

/** 'damaged' when SQLite finds the backup unsound: it could not be restored either. */
function scrubOne(path: string, profileId: string): 'done' | 'damaged' {
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: the file was just found to be a file (isFile), so it exists
  const copy = new Database(path, { fileMustExist: true });
  try {
    const held = copy.prepare('SELECT 1 FROM profile WHERE id = ?').get(profileId);
    // Stryker disable next-line StringLiteral: only 'damaged' is ever compared
    if (!held) return 'done';
    copy.pragma('journal_mode = DELETE');
    copy.pragma('foreign_keys = ON');
    copy.prepare('DELETE FROM profile WHERE id = ?').run(profileId);
    copy.exec('VACUUM');
    // Stryker disable next-line StringLiteral: only 'damaged' is ever compared
    return 'done';
  } catch (error) {
    // Stryker disable next-line Regex: SQLite's codes all start with SQLITE_
    if (/^SQLITE_(CORRUPT|NOTADB)/.test(String((error as { code?: unknown }).code))) return 'damaged';
    throw error;
  } finally {
    copy.close();
  }
}

export type Backups = ReturnType<typeof createBackups>;
