import { closeSync, fstatSync, fsyncSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';

/** The tables a backup must hold the same rows of as the workbook it copies. */
export const COUNTED_TABLES = ['profile', 'answer', 'training_session'] as const;
export type RowCounts = Record<(typeof COUNTED_TABLES)[number], number>;

const SQLITE_MAGIC = 'SQLite format 3\0';

/** Rows per table; a table the schema version does not have yet counts 0 (a backup before a migration). */
export function countRows(db: Database.Database): RowCounts {
  const present = new Set(
    (db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (row) => row.name,
    ),
  );
  const count = (table: string) =>
    present.has(table) ? (db.prepare(`SELECT count(*) AS n FROM main.${table}`).get() as { n: number }).n : 0;
  return { profile: count('profile'), answer: count('answer'), training_session: count('training_session') };
}

/**
 * Whether a file looks like a whole SQLite database, from its header alone
 * (cheap enough to run on every listing): the magic string, a page size, and
 * a length of whole pages covering the page count the header declares. A
 * 0-byte or cut file from a failed VACUUM INTO fails it. A file that cannot be
 * read at all throws: that says nothing about its content.
 */
export function looksLikeDatabase(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    const header = Buffer.alloc(100);
    if (readSync(fd, header, 0, 100, 0) < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) return false;
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0 || size % pageSize !== 0) return false;
    // The page count is meaningful only when written by the same change as the counter.
    const countValid = header.readUInt32BE(92) === header.readUInt32BE(24);
    // A whole header was read above: the file is not empty.
    return !countValid || header.readUInt32BE(28) * pageSize <= size;
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a freshly written backup read-only and checks it is sound and holds
 * what the workbook held; throws a French reason otherwise.
 */
export function verifyBackup(file: string, expected: { version: number; counts: RowCounts }): void {
  if (!looksLikeDatabase(file)) throw new Error('la copie est vide ou incomplète');
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: the copy was just found whole on disk and is only read; a read-write open would read it alike
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`la copie est endommagée (${String(check)})`);
    if (copy.pragma('user_version', { simple: true }) !== expected.version)
      throw new Error('la copie n’a pas la version du cahier');
    const counts = countRows(copy);
    for (const table of COUNTED_TABLES) {
      if (counts[table] !== expected.counts[table]) throw new Error('la copie ne contient pas toutes les lignes');
    }
  } finally {
    copy.close();
  }
}

/** VACUUM INTO does not sync its output: done here, so a listed backup survives a power cut. */
export function syncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
