import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { assertKnownVersion, migrate, versionGuard } from './migrate';
import { migrations as allMigrations, type Migration } from './migrations';
import { checkpoint, markClosed, markClosing } from './wal-guard';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of the SQLite file; created with its folder when missing. */
  file: string;
  /** Path of a better_sqlite3.node built for another ABI (Electron's). */
  nativeBinding?: string | undefined;
  migrations?: readonly Migration[];
  /** Runs before the first pending migration of an existing file (the backup). */
  beforeMigrate?: (db: Db, fromVersion: number) => void;
  /** How long a write or checkpoint waits for another connection's lock; tests that hold one shorten it. */
  busyTimeoutMs?: number;
}

/** A lock held by another connection (a reader, an export) is waited for this long before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/** The file opened but is not a sound SQLite database. */
export class DamagedDatabaseError extends Error {
  override name = 'DamagedDatabaseError';
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** user_version as the main file's header says, or null when the file is not (yet) a SQLite database. */
function headerVersion(file: string): number | null {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    if (readSync(fd, header, 0, 100, 0) < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) return null;
    return header.readUInt32BE(60);
  } finally {
    closeSync(fd);
  }
}

/**
 * The schema version of an existing file, read without writing a byte: the
 * header, then a read-only connection (which sees a pending -wal too). A
 * read-write connection would fold the -wal into the file when it closes.
 */
export function peekSchemaVersion(file: string, nativeBinding?: string): number | null {
  if (!existsSync(file)) return null;
  const fromHeader = headerVersion(file);
  if (fromHeader === null) return null;
  let fromWal = 0;
  // A read-only connection to a WAL database makes a -shm index when there is none; with
  // no -shm before, no other connection had the file open, so the one left is ours.
  const shm = `${file}-shm`;
  const hadShm = existsSync(shm);
  try {
    const reader = new Database(file, {
      readonly: true,
      // Stryker disable next-line BooleanLiteral: the file was found on disk just above (its header was read)
      fileMustExist: true,
      // A lock is for the read-write open to report, not a reason to wait twice.
      timeout: 0,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    try {
      fromWal = reader.pragma('user_version', { simple: true }) as number;
    } finally {
      reader.close();
    }
  } catch {
    // Unreadable through SQLite: the read-write open below says why (damage, rights…).
  }
  if (!hadShm && existsSync(shm)) {
    try {
      rmSync(shm);
    } catch {
      // A folder that refuses the removal refuses the open too: that open says why.
    }
  }
  return Math.max(fromHeader, fromWal);
}

/**
 * The only way the app opens its database. WAL keeps readers off the writer's
 * back; synchronous=FULL makes a commit survive power loss, which is what an
 * "Enregistré" promises. The app checkpoints itself (see wal-guard.ts).
 */
export function openDatabase({
  file,
  nativeBinding,
  migrations = allMigrations,
  beforeMigrate,
  busyTimeoutMs = BUSY_TIMEOUT_MS,
}: OpenOptions): Db {
  mkdirSync(dirname(file), { recursive: true });
  versionGuard(peekSchemaVersion(file, nativeBinding), migrations);
  const db = new Database(file, { timeout: busyTimeoutMs, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const version = assertKnownVersion(db, migrations);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DamagedDatabaseError(`quick_check: ${String(check)}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('wal_autocheckpoint = 0');
    db.pragma('foreign_keys = ON');
    // Erased attendees are overwritten with zeros, not just unlinked (law 09-08).
    db.pragma('secure_delete = ON');
    // Stryker disable next-line OptionalChaining: reached only with version > 0, and versionGuard refused any version past the last migration, so the list is never empty here
    if (beforeMigrate && version > 0 && version < (migrations.at(-1)?.version ?? 0)) beforeMigrate(db, version);
    migrate(db, migrations);
    checkpoint(db);
    return db;
  } catch (error) {
    try {
      markClosing(file);
    } catch {
      // The error that stopped the open is the one to report.
    }
    db.close();
    throw error;
  }
}

/**
 * Folds the WAL back into the main file so the file alone is the whole
 * workbook. The connection is closed even when the checkpoint fails (a full
 * disk): the WAL then stays, marked as needed, and is replayed next time.
 */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  const file = db.name;
  // Stryker disable next-line BlockStatement: the « closing » mark matters only if the process dies inside this close (tests/faults/db-wal-guard-kill9.test.ts, outside the mutation run); a clean close ends with markClosed's same final guard
  try {
    // Stryker disable next-line CallExpression: the same mark, needed only by a process that dies inside this close
    markClosing(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  markClosed(file);
}
