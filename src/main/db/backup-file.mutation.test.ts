import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../tests/support/temp-dir';
import { countRows, looksLikeDatabase, syncFile, verifyBackup } from './backup-file';
import { closeDatabase, openDatabase } from './open';

const tempDir = useTempDir('cmday-backup-file-');

/** A closed, current-schema database with `profiles` attendees: its bytes and its path. */
function database(profiles = 3): { file: string; bytes: Buffer } {
  const file = join(tempDir(), 'copy.db');
  const db = openDatabase({ file });
  const insert = db.prepare('INSERT INTO profile VALUES (?, ?, ?)');
  for (let i = 0; i < profiles; i += 1) insert.run(`p${i}`, `Participant ${i}`, 't');
  closeDatabase(db);
  return { file, bytes: readFileSync(file) };
}

/** The same header bytes, edited, written to a file of `length` bytes. */
function withHeader(bytes: Buffer, edit: (header: Buffer) => void, length = bytes.length): string {
  const copy = Buffer.alloc(length);
  bytes.copy(copy, 0, 0, Math.min(length, bytes.length));
  edit(copy);
  const file = join(tempDir(), 'edited.db');
  writeFileSync(file, copy);
  return file;
}

describe('looksLikeDatabase reads the header alone', () => {
  it('accepts a whole database', () => {
    const { file } = database();
    expect(looksLikeDatabase(file)).toBe(true);
  });

  it('refuses what is too short to hold a header, or has another magic string', () => {
    const { bytes } = database();
    expect(looksLikeDatabase(withHeader(bytes, () => undefined, 99))).toBe(false);
    expect(looksLikeDatabase(withHeader(bytes, (h) => h.write('SQLite format 4', 0, 'latin1')))).toBe(false);
    expect(looksLikeDatabase(withHeader(bytes, (h) => h.writeUInt8(0x41, 15)))).toBe(false);
  });

  it('refuses a page size that SQLite never writes, and a length that is not whole pages', () => {
    const { bytes } = database();
    const pageSize = bytes.readUInt16BE(16);
    expect(looksLikeDatabase(withHeader(bytes, (h) => h.writeUInt16BE(256, 16)))).toBe(false);
    expect(looksLikeDatabase(withHeader(bytes, (h) => h.writeUInt16BE(pageSize + 512, 16)))).toBe(false);
    expect(looksLikeDatabase(withHeader(bytes, () => undefined, bytes.length + 1))).toBe(false);
    expect(looksLikeDatabase(withHeader(bytes, () => undefined, bytes.length - pageSize / 2))).toBe(false);
  });

  it('accepts the smallest page size, 512, and refuses a size that is not a power of two even on whole pages', () => {
    const file = join(tempDir(), 'small-pages.db');
    const db = new Database(file);
    db.pragma('page_size = 512');
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    const small = readFileSync(file);
    expect(small.readUInt16BE(16)).toBe(512);
    expect(looksLikeDatabase(file)).toBe(true);
    const { bytes } = database();
    // 1 536 = 3 × 512 divides 12 288 = 3 × 4 096: whole "pages", yet no SQLite page size.
    const notAPowerOfTwo = withHeader(
      bytes,
      (h) => {
        h.writeUInt16BE(1536, 16);
        h.writeUInt32BE(1, 28);
      },
      12288,
    );
    expect(looksLikeDatabase(notAPowerOfTwo)).toBe(false);
  });

  it('reads a page size of 1 as 65 536', () => {
    const { bytes } = database();
    const onePage = (length: number) =>
      withHeader(
        bytes,
        (h) => {
          h.writeUInt16BE(1, 16);
          h.writeUInt32BE(1, 28);
        },
        length,
      );
    expect(looksLikeDatabase(onePage(65536))).toBe(true);
    expect(looksLikeDatabase(onePage(65536 * 2))).toBe(true);
    expect(looksLikeDatabase(onePage(4096))).toBe(false);
  });

  it('refuses a file shorter than the page count its header declares, when that count is valid', () => {
    const { bytes } = database();
    const pageSize = bytes.readUInt16BE(16);
    const pages = bytes.length / pageSize;
    expect(bytes.readUInt32BE(92)).toBe(bytes.readUInt32BE(24));
    expect(bytes.readUInt32BE(28)).toBe(pages);
    // A copy cut after whole pages: the header still says `pages`.
    expect(looksLikeDatabase(withHeader(bytes, () => undefined, (pages - 1) * pageSize))).toBe(false);
    // The same count, but written by an older change (version-valid-for differs): not to be trusted, so not held against it.
    const stale = withHeader(bytes, (h) => h.writeUInt32BE(h.readUInt32BE(24) + 1, 92), (pages - 1) * pageSize);
    expect(looksLikeDatabase(stale)).toBe(true);
    // Exactly the declared pages, or more (the count is a minimum), is whole.
    expect(looksLikeDatabase(withHeader(bytes, (h) => h.writeUInt32BE(pages - 1, 28)))).toBe(true);
  });

  it('throws for a file that cannot be read at all: that says nothing about its content', () => {
    expect(() => looksLikeDatabase(join(tempDir(), 'missing.db'))).toThrowError(/ENOENT/);
  });
});

describe('verifyBackup says in French why a copy is not the workbook', () => {
  const expected = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return { version: db.pragma('user_version', { simple: true }) as number, counts: countRows(db) };
    } finally {
      db.close();
    }
  };

  it('passes a copy that holds what the workbook held', () => {
    const { file } = database(3);
    expect(expected(file).counts).toEqual({ profile: 3, answer: 0, training_session: 0 });
    expect(() => verifyBackup(file, expected(file))).not.toThrow();
  });

  it('refuses an empty or cut copy', () => {
    const file = join(tempDir(), 'empty.db');
    writeFileSync(file, '');
    expect(() =>
      verifyBackup(file, { version: 1, counts: { profile: 0, answer: 0, training_session: 0 } }),
    ).toThrowError(/^la copie est vide ou incomplète$/);
  });

  it('refuses a copy of another schema version', () => {
    const { file } = database();
    const wanted = expected(file);
    expect(() => verifyBackup(file, { ...wanted, version: wanted.version + 1 })).toThrowError(
      /^la copie n’a pas la version du cahier$/,
    );
  });

  it.each(['profile', 'answer', 'training_session'] as const)('refuses a copy missing rows of %s', (table) => {
    const { file } = database(2);
    const wanted = expected(file);
    expect(() =>
      verifyBackup(file, { ...wanted, counts: { ...wanted.counts, [table]: wanted.counts[table] + 1 } }),
    ).toThrowError(/^la copie ne contient pas toutes les lignes$/);
  });

  it('refuses a copy that SQLite finds unsound', () => {
    const file = join(tempDir(), 'many.db');
    const db = openDatabase({ file });
    const insert = db.prepare('INSERT INTO profile VALUES (?, ?, ?)');
    db.transaction(() => {
      for (let i = 0; i < 300; i += 1) insert.run(`p${i}`, `Participant ${i}`, 't');
    })();
    closeDatabase(db);
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const leaf = [...Array(bytes.length / pageSize).keys()]
      .slice(1)
      .find((page) => bytes[page * pageSize] === 0x0d && bytes.readUInt16BE(page * pageSize + 3) > 5)!;
    bytes.writeUInt16BE(0xfff0, leaf * pageSize + 3);
    writeFileSync(file, bytes);
    expect(() =>
      verifyBackup(file, { version: 4, counts: { profile: 300, answer: 0, training_session: 0 } }),
    ).toThrowError(/^la copie est endommagée \([\s\S]+\)$/);
  });
});

describe('countRows', () => {
  it('counts each table, and 0 for a table the schema does not have yet', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE profile (id TEXT); INSERT INTO profile VALUES (1), (2);');
    expect(countRows(db)).toEqual({ profile: 2, answer: 0, training_session: 0 });
    db.exec(
      'CREATE TABLE answer (x); INSERT INTO answer VALUES (1); CREATE TABLE training_session (id); INSERT INTO training_session VALUES (1), (2), (3);',
    );
    expect(countRows(db)).toEqual({ profile: 2, answer: 1, training_session: 3 });
    db.close();
  });
});

describe('syncFile', () => {
  it('syncs an existing file and fails on a missing one', () => {
    const { file } = database(0);
    expect(() => syncFile(file)).not.toThrow();
    expect(() => syncFile(join(tempDir(), 'missing.db'))).toThrowError(/ENOENT/);
  });
});
