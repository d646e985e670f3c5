import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbook, type Workbook } from '../../src/main/db';
import { crashImage } from '../support/fault-tools';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('cmday-faults-');
const open: Workbook[] = [];
afterEach(() => {
  for (const workbook of open.splice(0)) workbook.close();
});

function opened(dataDir: string): Workbook {
  const workbook = openWorkbook({ dataDir });
  open.push(workbook);
  return workbook;
}

const count = (workbook: Workbook, table = 'profile') =>
  (workbook.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const tables = (workbook: Workbook) =>
  (
    workbook.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((t) => t.name);

function addProfiles(workbook: Workbook, n: number, prefix = 'p') {
  const insert = workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)');
  workbook.db.transaction(() => {
    for (let i = 0; i < n; i += 1) insert.run(`${prefix}${i}`, `Participant ${prefix}${i}`, '2026-05-02T08:00:00.000Z');
  })();
}

/** A crash image of another workbook, with one profile and a table of its own, still in its -wal. */
function foreignWal(): string {
  const other = opened(tempDir());
  other.db.exec('CREATE TABLE other_app (x TEXT) STRICT');
  addProfiles(other, 1, 'foreign-');
  const image = crashImage(other.dataDir, tempDir());
  expect(readFileSync(join(image, 'workbook.db-wal')).length).toBeGreaterThan(32);
  return join(image, 'workbook.db-wal');
}

describe('a -wal beside the workbook that is not its own', () => {
  it('is moved aside unread, with a notice, and the 200 profiles stay', () => {
    const dir = tempDir();
    const workbook = openWorkbook({ dataDir: dir });
    addProfiles(workbook, 200);
    workbook.close();
    const stray = foreignWal();
    copyFileSync(stray, join(dir, 'workbook.db-wal'));

    const reopened = opened(dir);
    expect(count(reopened)).toBe(200);
    expect(tables(reopened)).not.toContain('other_app');
    expect(reopened.notices).toHaveLength(1);
    const [notice] = reopened.notices;
    expect(notice).toMatchObject({ code: 'wal_set_aside', message: expect.stringMatching(/ne lui appartenait pas/) });
    const walAside = notice!.movedTo.find((f) => /workbook\.db-wal\.foreign-\d{8}T\d{9}Z$/.test(f))!;
    expect(notice!.message).toContain(walAside);
    // Never deleted: every byte of the stray journal is kept.
    expect(readFileSync(walAside).equals(readFileSync(stray))).toBe(true);
  });

  it('is not replayed over a backup copied by hand onto workbook.db after a crash', () => {
    const dir = tempDir();
    const workbook = opened(dir);
    addProfiles(workbook, 3);
    const backup = workbook.backups.pathOf(workbook.backups.create('manuelle').id)!;
    addProfiles(workbook, 5, 'after-');
    // kill -9 here: the last profiles are only in the -wal; then the trainer copies the backup by hand.
    const image = crashImage(dir, tempDir());
    copyFileSync(backup, join(image, 'workbook.db'));

    const restored = opened(image);
    expect(count(restored)).toBe(3);
    expect(restored.notices.map((n) => n.code)).toEqual(['wal_set_aside']);
  });

  it('is its own after a crash: replayed, every committed profile there, no notice', () => {
    const dir = tempDir();
    const workbook = opened(dir);
    addProfiles(workbook, 7);
    const image = crashImage(dir, tempDir());
    const recovered = opened(image);
    expect(recovered.notices).toEqual([]);
    expect(count(recovered)).toBe(7);
  });

  it('is replayed when the crash came in the middle of a checkpoint', () => {
    const dir = tempDir();
    const workbook = opened(dir);
    addProfiles(workbook, 4);
    const image = crashImage(dir, tempDir());
    writeFileSync(
      join(image, 'workbook.db.wal-guard'),
      JSON.stringify({ checkpointing: true, salts: null, dbSha256: '' }),
    );
    const recovered = opened(image);
    expect(recovered.notices).toEqual([]);
    expect(count(recovered)).toBe(4);
  });

  it('is trusted as before in a workbook from before the guard (no guard file)', () => {
    const dir = tempDir();
    const workbook = opened(dir);
    addProfiles(workbook, 2);
    const image = crashImage(dir, tempDir());
    rmSync(join(image, 'workbook.db.wal-guard'));
    const recovered = opened(image);
    expect(recovered.notices).toEqual([]);
    expect(count(recovered)).toBe(2);
    expect(existsSync(join(image, 'workbook.db.wal-guard'))).toBe(true);
  });
});
