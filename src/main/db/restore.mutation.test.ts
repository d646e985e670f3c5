import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../../tests/support/temp-dir';
import { AppError } from '../../shared/api/result';
import { migrations } from './migrations';
import { createProfilesRepo } from './profiles';
import { restoreFrom } from './restore';
import { openWorkbook, type Workbook } from './workbook';

const tempDir = useTempDir('cmday-restore-test-');
const opened: Workbook[] = [];
afterEach(() => {
  for (const workbook of opened.splice(0)) workbook.close();
});

function workbookWith(names: string[]): Workbook {
  const workbook = openWorkbook({ dataDir: tempDir() });
  opened.push(workbook);
  const insert = workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)');
  names.forEach((name, i) => insert.run(`p${i}`, name, 't'));
  return workbook;
}

const names = (workbook: Workbook) =>
  (workbook.db.prepare('SELECT name FROM profile ORDER BY id').all() as { name: string }[]).map((r) => r.name);

const attached = (workbook: Workbook) =>
  (workbook.db.prepare('PRAGMA database_list').all() as { name: string }[]).map((d) => d.name).sort();

/** Restores with the temp folder pointed at a fresh one, and returns what is left in it. */
function restoreLeaving(workbook: Workbook, backup: string): { left: string[]; result?: unknown; error?: unknown } {
  const work = mkdtempSync(join(tmpdir(), 'cmday-restore-work-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = work;
  try {
    return { result: restoreFrom(workbook.db, backup), left: readdirSync(work) };
  } catch (error) {
    return { error, left: readdirSync(work) };
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
}

describe('restoring a backup', () => {
  it('leaves nothing at all in the temp folder, whether it succeeds or fails', () => {
    const workbook = workbookWith(['Amina']);
    const backup = workbook.backups.pathOf(workbook.backups.create('manuelle').id)!;
    expect(restoreLeaving(workbook, backup)).toEqual({ result: { profiles: 1, answers: 0 }, left: [] });
    const empty = join(tempDir(), 'empty.db');
    writeFileSync(empty, '');
    const failed = restoreLeaving(workbook, empty);
    expect(failed.left).toEqual([]);
    expect(failed.error).toBeInstanceOf(AppError);
  });

  it('refuses a copy SQLite cannot read, as unavailable, in French, and changes nothing', () => {
    const workbook = workbookWith(['Amina', 'Omar']);
    const backup = workbook.backups.pathOf(workbook.backups.create('manuelle').id)!;
    const bytes = readFileSync(backup);
    bytes.fill(0xab, 100, bytes.readUInt16BE(16));
    const broken = join(tempDir(), 'broken.db');
    writeFileSync(broken, bytes);
    workbook.db.prepare("INSERT INTO profile VALUES ('p9', 'Karim', 't')").run();
    const { error } = restoreLeaving(workbook, broken);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('unavailable');
    expect((error as AppError).message).toBe(
      'Cette sauvegarde est illisible (vide, incomplète ou endommagée) : elle n’a pas été restaurée et le cahier n’a pas changé. Choisissez-en une autre.',
    );
    expect(names(workbook)).toEqual(['Amina', 'Omar', 'Karim']);
    expect(attached(workbook)).toEqual(['main', 'temp']);
  });

  it('refuses a backup from a newer app as such, not as unreadable', () => {
    const workbook = workbookWith(['Amina']);
    const newer = join(tempDir(), 'newer.db');
    const db = new Database(newer);
    for (const migration of migrations) migration.up(db);
    db.pragma(`user_version = ${migrations.at(-1)!.version + 1}`);
    db.close();
    const { error } = restoreLeaving(workbook, newer);
    expect((error as AppError).code).toBe('db_too_new');
    expect(names(workbook)).toEqual(['Amina']);
  });

  it('detaches the backup after each restore, so the next one can attach again', () => {
    const workbook = workbookWith(['Amina']);
    const backup = workbook.backups.pathOf(workbook.backups.create('manuelle').id)!;
    for (let i = 0; i < 3; i += 1) {
      workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)').run(`x${i}`, 'Omar', 't');
      expect(restoreFrom(workbook.db, backup)).toEqual({ profiles: 1, answers: 0 });
      expect(attached(workbook)).toEqual(['main', 'temp']);
    }
  });
});

describe('the profiles repository', () => {
  it('counts, renames and deletes, saying whether the attendee was there', () => {
    const workbook = workbookWith([]);
    const profiles = createProfilesRepo(workbook.db);
    expect(profiles.count()).toBe(0);
    profiles.insert({ id: 'a', name: 'Amina', createdAt: '2026-05-02T08:00:00.000Z' });
    profiles.insert({ id: 'b', name: 'Omar', createdAt: '2026-05-02T07:00:00.000Z' });
    expect(profiles.count()).toBe(2);
    expect(profiles.list().map((p) => p.id)).toEqual(['b', 'a']);
    expect(profiles.rename('a', 'Amina B.')).toBe(true);
    expect(profiles.rename('zz', 'Personne')).toBe(false);
    expect(profiles.get('a')).toEqual({ id: 'a', name: 'Amina B.', createdAt: '2026-05-02T08:00:00.000Z' });
    expect(profiles.delete('a')).toBe(true);
    expect(profiles.delete('a')).toBe(false);
    expect(profiles.get('a')).toBeUndefined();
    expect(profiles.count()).toBe(1);
  });
});
