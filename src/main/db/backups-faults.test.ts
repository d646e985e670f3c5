import { mkdirSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDescriptorsOn } from '../../../tests/support/fault-tools';
import { useTempDir } from '../../../tests/support/temp-dir';
import { restoreFrom } from './restore';
import { openWorkbook, type Workbook } from './workbook';

const tempDir = useTempDir();
const opened: Workbook[] = [];
afterEach(() => {
  for (const workbook of opened.splice(0)) workbook.close();
});

function workbookWith(names: string[]) {
  const workbook = openWorkbook({ dataDir: tempDir() });
  opened.push(workbook);
  const insert = workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)');
  names.forEach((name, i) => insert.run(`p${i}`, name, `2026-01-01T00:00:0${i}.000Z`));
  return workbook;
}

describe('the backups folder', () => {
  it('ignores what it did not write (Thumbs.db, a folder, a folder with a backup’s name)', () => {
    const workbook = workbookWith(['Amina']);
    const { backups } = workbook;
    mkdirSync(backups.dir, { recursive: true });
    writeFileSync(join(backups.dir, 'Thumbs.db'), 'not ours');
    mkdirSync(join(backups.dir, 'anciennes'));
    mkdirSync(join(backups.dir, 'workbook-20260101T000000000Z-manuelle.db'));
    const made = backups.noteChange()!;
    expect(made.reason).toBe('automatique');
    expect(backups.list().map((b) => b.id)).toEqual([made.id]);
    expect(backups.pathOf('workbook-20260101T000000000Z-manuelle.db')).toBeNull();
    expect(restoreFrom(workbook.db, backups.pathOf(made.id)!)).toEqual({ profiles: 1, answers: 0 });
    expect(workbook.alerts.list()).toEqual([]);
  });

  it('never lists a 0-byte or cut backup, and never restores one', () => {
    const workbook = workbookWith(['Amina', 'Omar']);
    const { backups } = workbook;
    const whole = backups.create('manuelle');
    const empty = 'workbook-29990101T000000000Z-automatique.db';
    writeFileSync(join(backups.dir, empty), '');
    const cut = 'workbook-29990101T000000001Z-automatique.db';
    writeFileSync(join(backups.dir, cut), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(5000)]));
    expect(backups.list().map((b) => b.id)).toEqual([whole.id]);
    expect(backups.pathOf(empty)).toBeNull();
    expect(() => restoreFrom(workbook.db, join(backups.dir, empty))).toThrowError(/illisible/);
    expect(workbook.db.prepare('SELECT count(*) AS n FROM profile').get()).toEqual({ n: 2 });
  });

  it('removes a copy left under its temporary name by a crash, and never lists it', () => {
    const workbook = workbookWith(['Amina']);
    const { backups } = workbook;
    mkdirSync(backups.dir, { recursive: true });
    const stale = 'workbook-20260502T080000000Z-automatique.db.tmp';
    writeFileSync(join(backups.dir, stale), 'SQLite format 3\0');
    expect(backups.list()).toEqual([]);
    const made = backups.create('manuelle');
    expect(readdirSync(backups.dir)).toEqual([made.id]);
  });

  it('reports a failed automatic backup instead of throwing, and clears it once one succeeds', () => {
    let t = Date.parse('2026-05-02T08:00:00.000Z');
    const dir = tempDir();
    const workbook = openWorkbook({ dataDir: dir, now: () => new Date(t) });
    opened.push(workbook);
    writeFileSync(join(dir, 'backups'), 'x');
    expect(workbook.backups.noteChange()).toBeNull();
    const [alert] = workbook.alerts.list();
    expect(alert).toMatchObject({ code: 'backup_failed', message: expect.stringContaining(join(dir, 'backups')) });
    // Tried again a minute later, not on every save.
    unlinkSync(join(dir, 'backups'));
    expect(workbook.backups.noteChange()).toBeNull();
    t += 60_000;
    expect(workbook.backups.noteChange()?.reason).toBe('automatique');
    expect(workbook.alerts.list()).toEqual([]);
  });

  it('scrubs an attendee from every backup and leaves no descriptor open on them', () => {
    const workbook = workbookWith(['Amina', 'Omar']);
    const { backups } = workbook;
    const first = backups.create('manuelle');
    const file = join(backups.dir, first.id);
    expect(backups.scrubProfile('p0')).toEqual([]);
    expect(openDescriptorsOn(file)).toBe(0);
    const copy = new Database(file, { readonly: true });
    expect(copy.prepare('SELECT id FROM profile').all()).toEqual([{ id: 'p1' }]);
    copy.close();
    renameSync(file, `${file}.moved`);
    rmSync(`${file}.moved`);
  });
});

describe('restoring', () => {
  it('restores twice in a row and leaves no working copy in the temp folder', () => {
    const work = tempDir();
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = work;
    try {
      expect(tmpdir()).toBe(work);
      const workbook = workbookWith(['Amina']);
      const backup = workbook.backups.pathOf(workbook.backups.create('manuelle').id)!;
      workbook.db.prepare("INSERT INTO profile VALUES ('p9', 'Omar', 't')").run();
      expect(restoreFrom(workbook.db, backup)).toEqual({ profiles: 1, answers: 0 });
      workbook.db.prepare("INSERT INTO profile VALUES ('p9', 'Omar', 't')").run();
      expect(restoreFrom(workbook.db, backup)).toEqual({ profiles: 1, answers: 0 });
      expect(readdirSync(work).filter((name) => name.startsWith('cmday-restore-'))).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  });

  it('keeps an attendee erased while a backup still held them erased after restoring that backup', () => {
    const workbook = workbookWith(['Amina', 'Omar']);
    const backup = workbook.backups.pathOf(workbook.backups.create('manuelle').id)!;
    workbook.db.transaction(() => {
      workbook.db.prepare("DELETE FROM profile WHERE id = 'p0'").run();
      workbook.erasures.add('p0', 't');
    })();
    expect(restoreFrom(workbook.db, backup)).toEqual({ profiles: 1, answers: 0 });
    expect(workbook.db.prepare('SELECT id FROM profile').all()).toEqual([{ id: 'p1' }]);
  });
});
