import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bytesOf } from '../../../tests/support/fault-tools';
import { useTempDir } from '../../../tests/support/temp-dir';
import { DB_FILE, openWorkbook } from './workbook';

const tempDir = useTempDir();

/** A real workbook with 300 attendees, closed cleanly: several b-tree pages. */
function seeded(dir: string): string {
  const workbook = openWorkbook({ dataDir: dir });
  const insert = workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)');
  workbook.db.transaction(() => {
    for (let i = 0; i < 300; i += 1) insert.run(`p${i}`, `Participant ${i}`, 't');
  })();
  workbook.close();
  return join(dir, DB_FILE);
}

describe('opening a workbook that is sound but cannot be used right now', () => {
  it('does not call a locked workbook damaged: it stays, with a French message', () => {
    const dir = tempDir();
    const file = seeded(dir);
    const before = bytesOf(file);
    const holder = new Database(file, { timeout: 0 });
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => openWorkbook({ dataDir: dir, busyTimeoutMs: 50 })).toThrowError(
        /utilisé par un autre programme.*Fermez-le/,
      );
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(bytesOf(file)).toEqual(before);
    expect(readdirSync(dir).filter((name) => /damaged/.test(name))).toEqual([]);
    const reopened = openWorkbook({ dataDir: dir });
    expect(reopened.db.prepare('SELECT count(*) AS n FROM profile').get()).toEqual({ n: 300 });
    reopened.close();
  }, 20_000);
});

describe('a workbook that opens but fails quick_check', () => {
  it('is moved aside with a notice and a fresh workbook starts', () => {
    const dir = tempDir();
    const file = seeded(dir);
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Page 1 (header, schema) stays readable; a leaf page of the profile table gets a wrong cell count.
    const leaf = [...Array(bytes.length / pageSize).keys()]
      .slice(1)
      .find((page) => bytes[page * pageSize] === 0x0d && bytes.readUInt16BE(page * pageSize + 3) > 5)!;
    expect(leaf).toBeDefined();
    bytes.writeUInt16BE(0xfff0, leaf * pageSize + 3);
    writeFileSync(file, bytes);
    const workbook = openWorkbook({ dataDir: dir });
    try {
      expect(workbook.notices).toHaveLength(1);
      expect(workbook.notices[0]!.message).toMatch(/endommagé \(quick_check: /);
      const aside = workbook.notices[0]!.movedTo[0]!;
      expect(readFileSync(aside).equals(bytes)).toBe(true);
      expect(existsSync(file)).toBe(true);
      expect(workbook.db.prepare('SELECT count(*) AS n FROM profile').get()).toEqual({ n: 0 });
    } finally {
      workbook.close();
    }
  });
});
