import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../tests/support/temp-dir';
import { migrations } from './migrations';
import { DB_FILE, openWorkbook } from './workbook';

const tempDir = useTempDir();

/** A real workbook with one attendee, closed cleanly. */
function seeded(dir: string): void {
  const workbook = openWorkbook({ dataDir: dir });
  workbook.db.prepare("INSERT INTO profile VALUES ('p1', 'Amina', '2026-01-01T00:00:00.000Z')").run();
  for (let i = 0; i < 200; i += 1) {
    workbook.db
      .prepare('INSERT INTO answer VALUES (\'p1\', ?, \'{"kind":"funnel","counts":[1,2]}\', 1, \'t\')')
      .run(`e${i}`);
  }
  workbook.close();
}

function expectRecovered(dir: string, files: string[]) {
  const workbook = openWorkbook({ dataDir: dir });
  try {
    expect(workbook.notices).toHaveLength(1);
    const [notice] = workbook.notices;
    expect(notice!.message).toMatch(/endommagé/);
    expect(notice!.movedTo.length).toBeGreaterThan(0);
    for (const moved of notice!.movedTo) {
      expect(existsSync(moved)).toBe(true);
      expect(notice!.message).toContain(moved);
      expect(moved).toMatch(/workbook\.db\.damaged-\d{8}T\d{9}Z(-wal|-shm)?$/);
    }
    // Nothing was overwritten: every byte of the damaged files is still there.
    for (const [i, content] of files.entries()) {
      expect(readFileSync(notice!.movedTo[i]!).equals(Buffer.from(content, 'latin1'))).toBe(true);
    }
    expect(workbook.db.prepare('SELECT count(*) AS n FROM profile').get()).toEqual({ n: 0 });
    expect(workbook.db.pragma('quick_check', { simple: true })).toBe('ok');
  } finally {
    workbook.close();
  }
}

describe('a damaged workbook at start', () => {
  it('moves a file of random bytes aside and starts fresh', () => {
    const dir = tempDir();
    const junk = randomBytes(64 * 1024).toString('latin1');
    writeFileSync(join(dir, DB_FILE), junk, 'latin1');
    expectRecovered(dir, [junk]);
  });

  it('moves a truncated file aside', () => {
    const dir = tempDir();
    seeded(dir);
    const file = join(dir, DB_FILE);
    truncateSync(file, Math.floor(readFileSync(file).length / 2));
    const before = readFileSync(file);
    const workbook = openWorkbook({ dataDir: dir });
    try {
      expect(workbook.notices[0]?.message).toMatch(/endommagé/);
      expect(readFileSync(workbook.notices[0]!.movedTo[0]!).equals(before)).toBe(true);
    } finally {
      workbook.close();
    }
  });

  it('moves a zero-length file aside', () => {
    const dir = tempDir();
    writeFileSync(join(dir, DB_FILE), '');
    expectRecovered(dir, ['']);
  });

  it('moves a stray -wal (with no database beside it) aside', () => {
    const dir = tempDir();
    writeFileSync(join(dir, `${DB_FILE}-wal`), 'stray journal');
    expectRecovered(dir, ['stray journal']);
  });

  it('refuses a file from a newer app without moving or touching it', () => {
    const dir = tempDir();
    const file = join(dir, DB_FILE);
    const newer = new Database(file);
    newer.pragma(`user_version = ${migrations.at(-1)!.version + 1}`);
    newer.close();
    const before = readFileSync(file);
    expect(() => openWorkbook({ dataDir: dir })).toThrowError(/version plus récente/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual([DB_FILE]);
  });

  it('opens a sound workbook with no notice and its data', () => {
    const dir = tempDir();
    seeded(dir);
    const workbook = openWorkbook({ dataDir: dir });
    expect(workbook.notices).toEqual([]);
    expect(workbook.db.prepare('SELECT count(*) AS n FROM answer').get()).toEqual({ n: 200 });
    workbook.close();
  });
});
