import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDescriptorsOn } from '../../../tests/support/fault-tools';
import { useTempDir } from '../../../tests/support/temp-dir';
import { AppError } from '../../shared/api/result';
import { createBackups } from './backups';
import { openWorkbook, type Workbook } from './workbook';

const tempDir = useTempDir('cmday-backups-');
const opened: Workbook[] = [];
afterEach(() => {
  for (const workbook of opened.splice(0)) workbook.close();
});

function clock(start = Date.parse('2026-05-02T08:00:00.000Z')) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

function workbookWith(names: string[], now?: () => Date): Workbook {
  const workbook = openWorkbook({ dataDir: tempDir(), ...(now ? { now } : {}) });
  opened.push(workbook);
  const insert = workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)');
  names.forEach((name, i) => insert.run(`p${i}`, name, `2026-01-01T00:00:0${i}.000Z`));
  return workbook;
}

describe('when backups are taken', () => {
  it('takes no end-of-session backup when the last change is already backed up', () => {
    const workbook = workbookWith(['Amina']);
    expect(workbook.backups.noteChange()?.reason).toBe('automatique');
    expect(workbook.backups.createIfChanged('fin-de-session')).toBeNull();
    expect(workbook.backups.list()).toHaveLength(1);
  });

  it('counts the interval from the newest backup on disk after a restart', () => {
    const time = clock();
    const workbook = workbookWith(['Amina'], time.now);
    workbook.backups.create('manuelle');
    time.advance(5 * 60_000);
    // The next start: nothing in memory, the folder says when the last one was.
    const again = createBackups({ db: workbook.db, dir: workbook.backups.dir, now: time.now });
    expect(again.noteChange()).toBeNull();
    time.advance(5 * 60_000 - 1);
    expect(again.noteChange()).toBeNull();
    time.advance(1);
    expect(again.noteChange()?.reason).toBe('automatique');
  });

  it('gives two backups in the same millisecond two names', () => {
    const workbook = workbookWith(['Amina'], clock().now);
    const first = workbook.backups.create('manuelle');
    const second = workbook.backups.create('manuelle');
    expect(first.id).toBe('workbook-20260502T080000000Z-manuelle.db');
    expect(second.id).toBe('workbook-20260502T080000001Z-manuelle.db');
    expect(second.createdAt).toBe('2026-05-02T08:00:00.001Z');
    expect(workbook.backups.list().map((b) => [b.id, b.createdAt, b.reason])).toEqual([
      [second.id, '2026-05-02T08:00:00.001Z', 'manuelle'],
      [first.id, '2026-05-02T08:00:00.000Z', 'manuelle'],
    ]);
  });

  it('names a backup by the real clock when given none', () => {
    const workbook = workbookWith(['Amina']);
    const backups = createBackups({ db: workbook.db, dir: join(tempDir(), 'b') });
    const before = Date.now();
    const made = backups.create('manuelle');
    expect(Date.parse(made.createdAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(made.createdAt)).toBeLessThanOrEqual(Date.now());
  });

  it('lists a backup SQLite cannot read with unknown counts', () => {
    const workbook = workbookWith(['Amina']);
    const made = workbook.backups.create('manuelle');
    const path = join(workbook.backups.dir, made.id);
    const bytes = readFileSync(path);
    bytes.fill(0xab, 100, bytes.readUInt16BE(16));
    writeFileSync(path, bytes);
    const [listed] = createBackups({ db: workbook.db, dir: workbook.backups.dir }).list();
    expect(listed!.id).toBe(made.id);
    expect(listed!.counts).toBeNull();
    expect(openDescriptorsOn(path)).toBe(0);
  });

  it('keeps only as many as asked', () => {
    const time = clock();
    const workbook = workbookWith(['Amina'], time.now);
    const backups = createBackups({ db: workbook.db, dir: join(tempDir(), 'b'), now: time.now, keep: 2 });
    const made = [backups.create('a'), backups.create('b'), backups.create('c')];
    expect(backups.list().map((b) => b.id)).toEqual([made[2]!.id, made[1]!.id]);
    expect(readdirSync(backups.dir).sort()).toEqual([made[1]!.id, made[2]!.id]);
  });

  it('refuses in French when the backups folder is a file', () => {
    const workbook = workbookWith(['Amina']);
    writeFileSync(workbook.backups.dir, 'not a folder');
    expect(() => workbook.backups.create('manuelle')).toThrowError(AppError);
    expect(() => workbook.backups.create('manuelle')).toThrowError(/^À la place du dossier des sauvegardes \(/);
    expect(() => workbook.backups.list()).toThrowError(/^À la place du dossier des sauvegardes \(/);
    expect(workbook.backups.scrubProfile('p0')).toEqual([
      expect.stringMatching(/^À la place du dossier des sauvegardes \(/),
    ]);
  });

  it('passes on a failure of the copy that is not the disk’s as it is, and leaves no temporary file', () => {
    const workbook = workbookWith(['Amina']);
    // SQLite refuses VACUUM inside a transaction: the copy fails before its file exists.
    workbook.db.exec('BEGIN');
    try {
      expect(() => workbook.backups.create('manuelle')).toThrowError(
        expect.objectContaining({ code: 'SQLITE_ERROR', message: 'cannot VACUUM from within a transaction' }),
      );
    } finally {
      workbook.db.exec('ROLLBACK');
    }
    expect(readdirSync(workbook.backups.dir)).toEqual([]);
    expect(workbook.backups.create('manuelle').counts).toEqual({ profiles: 1, answers: 0 });
  });

  it('lists around an entry it cannot even look at (a link to itself)', () => {
    const workbook = workbookWith(['Amina'], clock().now);
    const made = workbook.backups.create('manuelle');
    const loop = join(workbook.backups.dir, 'workbook-20260101T000000000Z-manuelle.db');
    symlinkSync(loop, loop);
    expect(workbook.backups.list().map((b) => b.id)).toEqual([made.id]);
  });

  it('does not open a backup again while its size and time are unchanged, and does once they change', () => {
    const workbook = workbookWith(['Amina'], clock().now);
    const made = workbook.backups.create('manuelle');
    const path = join(workbook.backups.dir, made.id);
    const seen = new Date('2026-05-02T08:00:00.000Z');
    utimesSync(path, seen, seen);
    expect(workbook.backups.list()[0]!.counts).toEqual({ profiles: 1, answers: 0 });
    // Its pages damaged in place, same size, same time: the listing trusts what it read.
    const bytes = readFileSync(path);
    bytes.fill(0xab, 100);
    writeFileSync(path, bytes);
    utimesSync(path, seen, seen);
    expect(workbook.backups.list()[0]!.counts).toEqual({ profiles: 1, answers: 0 });
    const later = new Date('2026-05-02T08:00:01.000Z');
    utimesSync(path, later, later);
    expect(workbook.backups.list()[0]!.counts).toBeNull();
  });

  it('lists nothing, and scrubs nothing, before the folder exists', () => {
    const workbook = workbookWith(['Amina']);
    expect(existsSync(workbook.backups.dir)).toBe(false);
    expect(workbook.backups.list()).toEqual([]);
    expect(workbook.backups.scrubProfile('p0')).toEqual([]);
  });
});

describe('pathOf', () => {
  it('finds each listed backup, and nothing else', () => {
    const workbook = workbookWith(['Amina'], clock().now);
    const a = workbook.backups.create('manuelle');
    const b = workbook.backups.create('manuelle');
    expect(workbook.backups.pathOf(a.id)).toBe(join(workbook.backups.dir, a.id));
    expect(workbook.backups.pathOf(b.id)).toBe(join(workbook.backups.dir, b.id));
    expect(workbook.backups.pathOf(`../${a.id}`)).toBeNull();
    expect(workbook.backups.pathOf('workbook-20990101T000000000Z-manuelle.db')).toBeNull();
  });
});

describe('scrubbing an erased attendee from the backups', () => {
  it('removes cut copies, and never touches what the app did not write', () => {
    const workbook = workbookWith(['Amina', 'Omar']);
    const { backups } = workbook;
    const made = backups.create('manuelle');
    writeFileSync(join(backups.dir, 'workbook-20260502T080000000Z-automatique.db.tmp'), 'cut');
    writeFileSync(join(backups.dir, 'Thumbs.db'), 'not ours');
    mkdirSync(join(backups.dir, 'workbook-20260101T000000000Z-manuelle.db'));
    symlinkSync(join(tempDir(), 'gone.db'), join(backups.dir, 'workbook-20260101T000000001Z-manuelle.db'));
    expect(backups.scrubProfile('p0')).toEqual([]);
    expect(readdirSync(backups.dir).sort()).toEqual(
      [
        made.id,
        'Thumbs.db',
        'workbook-20260101T000000000Z-manuelle.db',
        'workbook-20260101T000000001Z-manuelle.db',
      ].sort(),
    );
    expect(readFileSync(join(backups.dir, 'Thumbs.db'), 'utf8')).toBe('not ours');
    expect(backups.list().map((b) => b.id)).toEqual([made.id]);
  });

  it('deletes a backup SQLite finds damaged, and one that is not whole: neither could be restored', () => {
    const workbook = workbookWith(['Amina', 'Omar']);
    const { backups } = workbook;
    const damaged = backups.create('manuelle');
    const path = join(backups.dir, damaged.id);
    const bytes = readFileSync(path);
    // The header stays whole; the schema after it is noise.
    bytes.fill(0xab, 100, bytes.readUInt16BE(16));
    writeFileSync(path, bytes);
    const cut = 'workbook-20000101T000000000Z-manuelle.db';
    writeFileSync(join(backups.dir, cut), 'SQLite format 3\0');
    expect(backups.scrubProfile('p0')).toEqual([]);
    expect(existsSync(path)).toBe(false);
    expect(existsSync(join(backups.dir, cut))).toBe(false);
  });

  it('leaves a backup without the attendee byte for byte as it was', () => {
    const workbook = workbookWith(['Amina']);
    const made = workbook.backups.create('manuelle');
    const path = join(workbook.backups.dir, made.id);
    const before = readFileSync(path);
    expect(workbook.backups.scrubProfile('absent')).toEqual([]);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('names each backup it could not scrub, and goes on with the others', () => {
    const workbook = workbookWith(['Amina']);
    const { backups } = workbook;
    const made = backups.create('manuelle');
    const locked = join(backups.dir, made.id);
    // A backup whose journal cannot be created: its folder entry is a directory.
    const other = backups.create('manuelle');
    mkdirSync(`${join(backups.dir, other.id)}-journal`, { recursive: true });
    const failed = backups.scrubProfile('p0');
    expect(failed).toEqual([expect.stringMatching(new RegExp(`^${other.id.replace(/\./g, '\\.')} : `))]);
    expect(readFileSync(locked).includes('Amina')).toBe(false);
    rmSync(`${join(backups.dir, other.id)}-journal`, { recursive: true });
  });
});
