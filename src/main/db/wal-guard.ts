import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, readSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { syncDir } from './sync-dir';

/*
 * Why a guard: SQLite replays any -wal it finds beside the database, even one
 * from another database or from before the file was replaced by hand. It has
 * no way to tell. The app can: it alone checkpoints (wal_autocheckpoint = 0),
 * so the database file changes only when the app says so, and after each
 * checkpoint it starts the next WAL itself and records, durably, the WAL's
 * salts and a hash of the database file. A non-empty WAL is replayed only when
 * both match (it is the continuation of that very file), or when a checkpoint
 * was in progress (the process died inside one: the WAL is needed to finish it).
 *
 * Under kill -9 no acknowledged write can be lost: a write is acknowledged
 * only after the guard naming its WAL is on disk (the guard is written right
 * after the checkpoint, before any other write), and while a checkpoint is in
 * flight the guard says so and the WAL is trusted.
 */

export interface WalGuard {
  /** Set before a checkpoint, cleared once the next WAL is recorded. */
  checkpointing: boolean;
  /** Salts of the WAL the app is writing; null after a clean close (no WAL left). */
  salts: [number, number] | null;
  /** SHA-256 of the database file as of the last checkpoint. */
  dbSha256: string;
}

export type WalVerdict = 'none' | 'ours' | 'unguarded' | 'foreign';

/** The checkpoint threshold, in WAL bytes (SQLite's own default is 1000 pages). */
export const CHECKPOINT_WAL_BYTES = 4 * 1024 * 1024;

const WAL_HEADER_BYTES = 32;

export const guardPath = (file: string) => `${file}.wal-guard`;

export function hashFile(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The salts in a WAL header, or null when the WAL holds no frame (absent, empty, header only). */
export function walSalts(file: string): [number, number] | null {
  const wal = `${file}-wal`;
  if (!existsSync(wal)) return null;
  const fd = openSync(wal, 'r');
  try {
    const header = Buffer.alloc(WAL_HEADER_BYTES + 1);
    const read = readSync(fd, header, 0, header.length, 0);
    if (read <= WAL_HEADER_BYTES) return null;
    return [header.readUInt32BE(16), header.readUInt32BE(20)];
  } finally {
    closeSync(fd);
  }
}

export function readGuard(file: string): WalGuard | null {
  try {
    const parsed = JSON.parse(readFileSync(guardPath(file), 'utf8')) as Partial<WalGuard>;
    const saltsOk =
      parsed.salts === null ||
      (Array.isArray(parsed.salts) && parsed.salts.length === 2 && parsed.salts.every(Number.isInteger));
    if (typeof parsed.checkpointing !== 'boolean' || !saltsOk || typeof parsed.dbSha256 !== 'string') return null;
    return { checkpointing: parsed.checkpointing, salts: parsed.salts ?? null, dbSha256: parsed.dbSha256 };
  } catch {
    return null;
  }
}

/** Written to a temporary name, synced, renamed, and the folder synced: old or new, never half. */
export function writeGuard(file: string, guard: WalGuard): void {
  const target = guardPath(file);
  const temp = `${target}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, JSON.stringify(guard));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, target);
  syncDir(dirname(target));
}

/**
 * Whether the -wal beside `file` may be replayed. Read from the files alone,
 * before SQLite opens anything. A workbook from before the guard existed has
 * none: its WAL is trusted as it always was ('unguarded').
 */
export function judgeWal(file: string): WalVerdict {
  const salts = walSalts(file);
  if (!salts) return 'none';
  const guard = readGuard(file);
  if (!guard) return 'unguarded';
  if (guard.checkpointing) return 'ours';
  const sameWal = guard.salts !== null && guard.salts[0] === salts[0] && guard.salts[1] === salts[1];
  return sameWal && existsSync(file) && hashFile(file) === guard.dbSha256 ? 'ours' : 'foreign';
}

/**
 * Checkpoints into the database file, then starts the next WAL with a write
 * that changes nothing (user_version set to itself) so its salts exist, and
 * records them. Returns false when SQLite could not checkpoint everything (a
 * reader held it back): the guard then stays in "checkpointing" and the WAL is
 * still trusted, which is safe.
 */
export function checkpoint(db: Database.Database): boolean {
  const file = db.name;
  writeGuard(file, { checkpointing: true, salts: null, dbSha256: '' });
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  // Stryker disable next-line OptionalChaining: wal_checkpoint always answers one row
  if (result?.busy) return false;
  db.pragma(`user_version = ${Number(db.pragma('user_version', { simple: true }))}`);
  const salts = walSalts(file);
  // Without salts on disk a later WAL could not be told apart: stay trusting.
  if (!salts) return false;
  writeGuard(file, { checkpointing: false, salts, dbSha256: hashFile(file) });
  return true;
}

/** Before the last close: after it SQLite has folded the WAL in and removed it. */
export function markClosing(file: string): void {
  writeGuard(file, { checkpointing: true, salts: null, dbSha256: '' });
}

export function markClosed(file: string): void {
  if (walSalts(file)) return;
  writeGuard(file, { checkpointing: false, salts: null, dbSha256: hashFile(file) });
}
