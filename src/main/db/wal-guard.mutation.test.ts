import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDescriptorsOn } from '../../../tests/support/fault-tools';
import { useTempDir } from '../../../tests/support/temp-dir';
import { closeDatabase, openDatabase, type Db } from './open';
import {
  checkpoint,
  guardPath,
  hashFile,
  judgeWal,
  markClosed,
  markClosing,
  readGuard,
  walSalts,
  writeGuard,
} from './wal-guard';

const tempDir = useTempDir('cmday-wal-guard-');
const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
});

function opened(): { db: Db; file: string } {
  const file = join(tempDir(), 'workbook.db');
  // A reader held on purpose makes a checkpoint wait for it: a short wait keeps these tests fast.
  const db = openDatabase({ file, busyTimeoutMs: 50 });
  open.push(db);
  return { db, file };
}

const guardText = (file: string, value: unknown) => writeFileSync(guardPath(file), JSON.stringify(value));
const SHA = 'a'.repeat(64);

describe('the guard file', () => {
  it('reads back what was written, through a temporary name that does not stay', () => {
    const file = join(tempDir(), 'workbook.db');
    writeGuard(file, { checkpointing: false, salts: [1, 2], dbSha256: SHA });
    expect(readGuard(file)).toEqual({ checkpointing: false, salts: [1, 2], dbSha256: SHA });
    expect(existsSync(`${guardPath(file)}.tmp`)).toBe(false);
    expect(guardPath(file)).toBe(`${file}.wal-guard`);
    writeGuard(file, { checkpointing: true, salts: null, dbSha256: '' });
    expect(readGuard(file)).toEqual({ checkpointing: true, salts: null, dbSha256: '' });
  });

  it.each([
    ['no file', undefined],
    ['not JSON', '{'],
    ['checkpointing not a boolean', { checkpointing: 'no', salts: null, dbSha256: SHA }],
    ['checkpointing missing', { salts: null, dbSha256: SHA }],
    ['salts missing', { checkpointing: false, dbSha256: SHA }],
    ['one salt', { checkpointing: false, salts: [1], dbSha256: SHA }],
    ['three salts', { checkpointing: false, salts: [1, 2, 3], dbSha256: SHA }],
    ['a salt that is not an integer', { checkpointing: false, salts: [1, 2.5], dbSha256: SHA }],
    ['salts as an object', { checkpointing: false, salts: { 0: 1, 1: 2, length: 2 }, dbSha256: SHA }],
    ['no hash', { checkpointing: false, salts: [1, 2] }],
    ['a hash that is not text', { checkpointing: false, salts: [1, 2], dbSha256: 7 }],
  ])('is not trusted with %s', (_label, content) => {
    const file = join(tempDir(), 'workbook.db');
    if (typeof content === 'string') writeFileSync(guardPath(file), content);
    else if (content !== undefined) guardText(file, content);
    expect(readGuard(file)).toBeNull();
  });

  it('keeps only the three fields it knows', () => {
    const file = join(tempDir(), 'workbook.db');
    guardText(file, { checkpointing: false, salts: [3, 4], dbSha256: SHA, extra: 1 });
    expect(readGuard(file)).toEqual({ checkpointing: false, salts: [3, 4], dbSha256: SHA });
  });
});

describe('WAL salts', () => {
  it('are null for no -wal, an empty one, or a header without frames', () => {
    const file = join(tempDir(), 'workbook.db');
    expect(walSalts(file)).toBeNull();
    writeFileSync(`${file}-wal`, '');
    expect(walSalts(file)).toBeNull();
    writeFileSync(`${file}-wal`, Buffer.alloc(32, 1));
    expect(walSalts(file)).toBeNull();
  });

  it('are read at bytes 16 and 20 once a frame follows the header', () => {
    const file = join(tempDir(), 'workbook.db');
    const wal = Buffer.alloc(33);
    wal.writeUInt32BE(0xdeadbeef, 16);
    wal.writeUInt32BE(7, 20);
    writeFileSync(`${file}-wal`, wal);
    expect(walSalts(file)).toEqual([0xdeadbeef, 7]);
  });
});

describe('descriptors', () => {
  it('are closed after reading salts and after writing the guard', () => {
    const file = join(tempDir(), 'workbook.db');
    writeFileSync(`${file}-wal`, Buffer.alloc(40));
    walSalts(file);
    expect(openDescriptorsOn(`${file}-wal`)).toBe(0);
    writeGuard(file, { checkpointing: true, salts: null, dbSha256: '' });
    expect(openDescriptorsOn(guardPath(file))).toBe(0);
  });
});

describe('judging a -wal before opening', () => {
  it('finds none, then its own after a checkpoint and a write', () => {
    const { db, file } = opened();
    expect(checkpoint(db)).toBe(true);
    const guard = readGuard(file)!;
    expect(guard.checkpointing).toBe(false);
    expect(guard.salts).toEqual(walSalts(file));
    expect(guard.dbSha256).toBe(hashFile(file));
    db.prepare('INSERT INTO profile VALUES (?, ?, ?)').run('p1', 'Amina', 't');
    expect(judgeWal(file)).toBe('ours');
  });

  it('calls a -wal foreign when either salt or the database hash differs', () => {
    const { db, file } = opened();
    checkpoint(db);
    db.prepare('INSERT INTO profile VALUES (?, ?, ?)').run('p1', 'Amina', 't');
    const guard = readGuard(file)!;
    const [a, b] = guard.salts!;
    writeGuard(file, { ...guard, salts: [a + 1, b] });
    expect(judgeWal(file)).toBe('foreign');
    writeGuard(file, { ...guard, salts: [a, b + 1] });
    expect(judgeWal(file)).toBe('foreign');
    writeGuard(file, { ...guard, salts: null });
    expect(judgeWal(file)).toBe('foreign');
    writeGuard(file, { ...guard, dbSha256: SHA });
    expect(judgeWal(file)).toBe('foreign');
    writeGuard(file, { ...guard, checkpointing: true, dbSha256: SHA });
    expect(judgeWal(file)).toBe('ours');
    writeGuard(file, guard);
    expect(judgeWal(file)).toBe('ours');
  });

  it('trusts a -wal with no guard as before, and finds none for a -wal of only a header', () => {
    const { db, file } = opened();
    db.prepare('INSERT INTO profile VALUES (?, ?, ?)').run('p1', 'Amina', 't');
    const copy = join(tempDir(), 'workbook.db');
    writeFileSync(copy, readFileSync(file));
    writeFileSync(`${copy}-wal`, readFileSync(`${file}-wal`));
    expect(judgeWal(copy)).toBe('unguarded');
    writeFileSync(`${copy}-wal`, readFileSync(`${file}-wal`).subarray(0, 32));
    expect(judgeWal(copy)).toBe('none');
  });
});

describe('checkpoint', () => {
  it('returns false and stays trusting while a reader holds the WAL back', () => {
    const { db, file } = opened();
    db.prepare('INSERT INTO profile VALUES (?, ?, ?)').run('p1', 'Amina', 't');
    const reader = new Database(file, { readonly: true });
    try {
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM profile').get();
      db.prepare('INSERT INTO profile VALUES (?, ?, ?)').run('p2', 'Omar', 't');
      expect(checkpoint(db)).toBe(false);
      expect(readGuard(file)).toEqual({ checkpointing: true, salts: null, dbSha256: '' });
      expect(judgeWal(file)).toBe('ours');
      reader.exec('COMMIT');
    } finally {
      reader.close();
    }
    expect(checkpoint(db)).toBe(true);
    expect(readGuard(file)!.checkpointing).toBe(false);
  });

  it('returns false and stays trusting when no journal salts can be read (a database not in WAL mode)', () => {
    const file = join(tempDir(), 'rollback.db');
    const db = new Database(file);
    try {
      db.pragma('journal_mode = DELETE');
      db.exec('CREATE TABLE t (x)');
      expect(checkpoint(db)).toBe(false);
      expect(readGuard(file)).toEqual({ checkpointing: true, salts: null, dbSha256: '' });
    } finally {
      db.close();
    }
  });

  it('leaves the guard trusting at close when a WAL is left, and records the file once it is gone', () => {
    const { db, file } = opened();
    markClosing(file);
    expect(readGuard(file)).toEqual({ checkpointing: true, salts: null, dbSha256: '' });
    closeDatabase(db);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(readGuard(file)).toEqual({ checkpointing: false, salts: null, dbSha256: hashFile(file) });
    // A -wal still there (a close that could not fold it in): the guard stays as it was.
    writeGuard(file, { checkpointing: true, salts: null, dbSha256: '' });
    const wal = Buffer.alloc(40);
    wal.writeUInt32BE(5, 16);
    writeFileSync(`${file}-wal`, wal);
    markClosed(file);
    expect(readGuard(file)).toEqual({ checkpointing: true, salts: null, dbSha256: '' });
  });
});
