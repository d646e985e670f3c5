import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../tests/support/temp-dir';
import { createBackups } from './backups';
import { initial } from './migrations/0001-initial';
import { restoreFrom } from './restore';
import { openWorkbook } from './workbook';

const tempDir = useTempDir();

function clock(start = Date.parse('2026-05-02T08:00:00.000Z')) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

const createBackupsFor = (db: Database.Database, dir: string) => createBackups({ db, dir });

const count = (db: Database.Database, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('backups', () => {
  it('backs up at most every 10 minutes while answers change, and keeps the last 10', () => {
    const time = clock();
    const workbook = openWorkbook({ dataDir: tempDir(), now: time.now });
    const { backups } = workbook;
    expect(backups.noteChange()?.reason).toBe('automatique');
    time.advance(9 * 60_000);
    expect(backups.noteChange()).toBeNull();
    time.advance(60_000);
    expect(backups.noteChange()).not.toBeNull();
    for (let i = 0; i < 12; i += 1) {
      time.advance(10 * 60_000);
      backups.noteChange();
    }
    const listed = backups.list();
    expect(listed).toHaveLength(10);
    expect(readdirSync(backups.dir)).toHaveLength(10);
    expect(listed[0]!.createdAt > listed[9]!.createdAt).toBe(true);
    expect(listed[0]!.createdAt).toBe(time.now().toISOString());
    workbook.close();
  });

  it('lists what each backup holds, read once per file and again when the file changes', () => {
    const dir = tempDir();
    const workbook = openWorkbook({ dataDir: dir, now: clock().now });
    const insert = workbook.db.prepare(
      "INSERT INTO profile (id, name, created_at) VALUES (?, ?, '2026-05-02T08:00:00.000Z')",
    );
    insert.run('p1', 'Amina');
    insert.run('p2', 'Karim');
    const made = workbook.backups.create('manuelle');
    expect(made.counts).toEqual({ profiles: 2, answers: 0 });
    // Another instance (the next start) has no cache: it opens the file, read-only.
    const again = openWorkbook({ dataDir: tempDir(), now: clock().now });
    const elsewhere = createBackupsFor(again.db, workbook.backups.dir);
    expect(elsewhere.list().map((b) => b.counts)).toEqual([{ profiles: 2, answers: 0 }]);
    expect(workbook.backups.scrubProfile('p1')).toEqual([]);
    expect(elsewhere.list().map((b) => b.counts)).toEqual([{ profiles: 1, answers: 0 }]);
    again.close();
    workbook.close();
  });

  it('takes one at the end of a session only if something changed', () => {
    const dir = tempDir();
    const quiet = openWorkbook({ dataDir: dir });
    quiet.close();
    expect(quiet.backups.list()).toEqual([]);
    const time = clock();
    const busy = openWorkbook({ dataDir: dir, now: time.now });
    busy.backups.noteChange();
    time.advance(60_000);
    busy.backups.noteChange();
    busy.close();
    expect(busy.backups.list().map((b) => b.reason)).toEqual(['fin-de-session', 'automatique']);
  });

  it('backs up an existing workbook before migrating it', () => {
    const dir = tempDir();
    const old = new Database(join(dir, 'workbook.db'));
    initial.up(old);
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO profile VALUES ('p1', 'Amina', 't')").run();
    old.close();
    const workbook = openWorkbook({ dataDir: dir });
    const [backup] = workbook.backups.list();
    expect(backup?.reason).toBe('avant-migration-v1');
    const copy = new Database(join(dir, 'backups', backup!.id), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(count(copy, 'profile')).toBe(1);
    copy.close();
    workbook.close();
  });

  it('restores a backup in one transaction, bringing it to the current schema', () => {
    const dir = tempDir();
    const old = new Database(join(dir, 'v1.db'));
    initial.up(old);
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO profile VALUES ('p1', 'Amina', 't')").run();
    old.prepare("INSERT INTO answer VALUES ('p1', 'e1', '{}', 3, 't')").run();
    old.close();
    const workbook = openWorkbook({ dataDir: dir });
    workbook.db.prepare("INSERT INTO profile VALUES ('p2', 'Omar', 't')").run();
    expect(restoreFrom(workbook.db, join(dir, 'v1.db'))).toEqual({ profiles: 1, answers: 1 });
    expect(workbook.db.prepare('SELECT id FROM profile').all()).toEqual([{ id: 'p1' }]);
    expect(workbook.db.pragma('foreign_key_check')).toEqual([]);
    workbook.close();
  });

  it('leaves the workbook as it was when a backup cannot be restored', () => {
    const dir = tempDir();
    const workbook = openWorkbook({ dataDir: dir });
    workbook.db.prepare("INSERT INTO profile VALUES ('p2', 'Omar', 't')").run();
    const broken = new Database(join(dir, 'broken.db'));
    broken.exec('CREATE TABLE profile (id TEXT) STRICT');
    broken.close();
    expect(() => restoreFrom(workbook.db, join(dir, 'broken.db'))).toThrow();
    expect(workbook.db.prepare('SELECT id FROM profile').all()).toEqual([{ id: 'p2' }]);
    workbook.close();
  });
});
