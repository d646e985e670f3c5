import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { assertKnownVersion, migrate } from './migrate';
import { migrations as allMigrations, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of the SQLite file; created with its folder when missing. */
  file: string;
  /** Path of a better_sqlite3.node built for another ABI (Electron's). */
  nativeBinding?: string | undefined;
  migrations?: readonly Migration[];
  /** Runs before the first pending migration of an existing file (the backup). */
  beforeMigrate?: (db: Db, fromVersion: number) => void;
}

/** The file opened but is not a sound SQLite database. */
export class DamagedDatabaseError extends Error {
  override name = 'DamagedDatabaseError';
}

/**
 * The only way the app opens its database. WAL keeps readers off the writer's
 * back; synchronous=FULL makes a commit survive power loss, which is what an
 * "Enregistré" promises.
 */
export function openDatabase({ file, nativeBinding, migrations = allMigrations, beforeMigrate }: OpenOptions): Db {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    const version = assertKnownVersion(db, migrations);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DamagedDatabaseError(`quick_check: ${String(check)}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Erased attendees are overwritten with zeros, not just unlinked (law 09-08).
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    if (beforeMigrate && version > 0 && version < (migrations.at(-1)?.version ?? 0)) beforeMigrate(db, version);
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Folds the WAL back into the main file so the file alone is the whole workbook. */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
