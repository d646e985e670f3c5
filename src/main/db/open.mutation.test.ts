import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { openDescriptorsOn } from '../../../tests/support/fault-tools';
import { useTempDir } from '../../../tests/support/temp-dir';
import { migrate, versionGuard } from './migrate';
import { migrations } from './migrations';
import { initial } from './migrations/0001-initial';
import { closeDatabase, DamagedDatabaseError, openDatabase, peekSchemaVersion } from './open';
import { readGuard } from './wal-guard';

const tempDir = useTempDir('cmday-open-');
const LATEST = migrations.at(-1)!.version;

function fileAtVersion(version: number): string {
  const file = join(tempDir(), 'workbook.db');
  const db = new Database(file);
  db.transaction(() => {
    for (const migration of migrations.filter((m) => m.version <= version)) migration.up(db);
    db.pragma(`user_version = ${version}`);
  })();
  db.close();
  return file;
}

describe('peekSchemaVersion reads without writing', () => {
  it('is null for no file, a file shorter than a header, or another kind of file', () => {
    const dir = tempDir();
    expect(peekSchemaVersion(join(dir, 'none.db'))).toBeNull();
    writeFileSync(join(dir, 'short.db'), 'SQLite format 3\0');
    expect(peekSchemaVersion(join(dir, 'short.db'))).toBeNull();
    writeFileSync(join(dir, 'text.db'), 'x'.repeat(4096));
    expect(peekSchemaVersion(join(dir, 'text.db'))).toBeNull();
  });

  it('reads the version of a file at each version, and leaves its bytes alone', () => {
    for (const version of [1, 2, LATEST]) {
      const file = fileAtVersion(version);
      const before = readFileSync(file);
      expect(peekSchemaVersion(file)).toBe(version);
      expect(readFileSync(file).equals(before)).toBe(true);
    }
  });

  it('falls back on the header when SQLite cannot open the file (here: a binding that does not load)', () => {
    const file = fileAtVersion(2);
    expect(peekSchemaVersion(file, join(tempDir(), 'missing.node'))).toBe(2);
  });
});

describe('peekSchemaVersion and a pending -wal', () => {
  /** A crash image: the header still says `version`, the -wal already says `walVersion`. */
  function pendingWal(version: number, walVersion: number): string {
    const source = fileAtVersion(version);
    const db = new Database(source);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.pragma(`user_version = ${walVersion}`);
    const image = join(tempDir(), 'workbook.db');
    writeFileSync(image, readFileSync(source));
    writeFileSync(`${image}-wal`, readFileSync(`${source}-wal`));
    db.close();
    return image;
  }

  it('reads the version the -wal holds, without folding it into the file or keeping a descriptor', () => {
    const file = pendingWal(2, 3);
    const before = [readFileSync(file), readFileSync(`${file}-wal`)];
    expect(readFileSync(file).readUInt32BE(60)).toBe(2);
    expect(peekSchemaVersion(file)).toBe(3);
    expect(readFileSync(file).equals(before[0]!)).toBe(true);
    expect(readFileSync(`${file}-wal`).equals(before[1]!)).toBe(true);
    expect(openDescriptorsOn(file)).toBe(0);
  });

  it('reads the -wal through the binding it is given: one that cannot load leaves only the header', () => {
    expect(peekSchemaVersion(pendingWal(2, 3), join(tempDir(), 'missing.node'))).toBe(2);
  });

  it('keeps the header’s version when it is the higher one', () => {
    expect(peekSchemaVersion(pendingWal(3, 1))).toBe(3);
  });
});

describe('openDatabase', () => {
  it('uses the native binding it is given (Electron’s), and fails when that binding cannot load', () => {
    const file = join(tempDir(), 'workbook.db');
    expect(() => openDatabase({ file, nativeBinding: join(tempDir(), 'missing.node') })).toThrow();
  });

  it('backs up before migrating only an existing file that is behind, with the version it had', () => {
    const beforeMigrate = vi.fn();
    const fresh = join(tempDir(), 'workbook.db');
    closeDatabase(openDatabase({ file: fresh, beforeMigrate }));
    expect(beforeMigrate).not.toHaveBeenCalled();
    closeDatabase(openDatabase({ file: fresh, beforeMigrate }));
    expect(beforeMigrate).not.toHaveBeenCalled();
    const old = fileAtVersion(2);
    const db = openDatabase({ file: old, beforeMigrate });
    expect(beforeMigrate).toHaveBeenCalledTimes(1);
    expect(beforeMigrate.mock.calls[0]![1]).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    closeDatabase(db);
    // No migration list at all: nothing is behind.
    const none = vi.fn();
    closeDatabase(openDatabase({ file: join(tempDir(), 'w.db'), migrations: [], beforeMigrate: none }));
    expect(none).not.toHaveBeenCalled();
  });

  it('sets every pragma the promises rest on', () => {
    const db = openDatabase({ file: join(tempDir(), 'workbook.db') });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    closeDatabase(db);
  });

  it('refuses a newer file before opening it for writing: not one file is added beside it', () => {
    const dir = tempDir();
    const file = join(dir, 'workbook.db');
    const newer = new Database(file);
    newer.pragma(`user_version = ${LATEST + 1}`);
    newer.close();
    expect(() => openDatabase({ file })).toThrowError(/version plus récente/);
    expect(readdirSync(dir)).toEqual(['workbook.db']);
  });

  it('leaves a -shm that was there before it read the version: another program may be using it', () => {
    const dir = tempDir();
    const file = join(dir, 'workbook.db');
    const live = new Database(file);
    live.pragma('journal_mode = WAL');
    live.pragma(`user_version = ${LATEST + 1}`);
    try {
      expect(readdirSync(dir).sort()).toEqual(['workbook.db', 'workbook.db-shm', 'workbook.db-wal']);
      expect(() => openDatabase({ file })).toThrowError(/version plus récente/);
      expect(readdirSync(dir).sort()).toEqual(['workbook.db', 'workbook.db-shm', 'workbook.db-wal']);
    } finally {
      live.close();
    }
  });

  it('closes its connection when opening fails, so nothing keeps the file', () => {
    const file = fileAtVersion(LATEST);
    const broken = {
      version: LATEST + 1,
      name: 'broken',
      up() {
        throw new Error('boom');
      },
    };
    expect(() => openDatabase({ file, migrations: [...migrations, broken] })).toThrowError('boom');
    expect(openDescriptorsOn(file)).toBe(0);
    // The connection closed by the failure may have folded its journal in: the guard says so.
    expect(readGuard(file)).toEqual({ checkpointing: true, salts: null, dbSha256: '' });
  });

  it('names a damaged file’s error as such in logs', () => {
    expect(String(new DamagedDatabaseError('quick_check: page 3'))).toBe('DamagedDatabaseError: quick_check: page 3');
  });

  it('closes once: a second close does nothing', () => {
    const file = join(tempDir(), 'workbook.db');
    const db = openDatabase({ file });
    closeDatabase(db);
    expect(() => closeDatabase(db)).not.toThrow();
    expect(db.open).toBe(false);
  });
});

describe('migrations', () => {
  it('say where they went from and to, and skip what is done', () => {
    const db = new Database(':memory:');
    expect(migrate(db, migrations)).toEqual({ from: 0, to: LATEST });
    expect(migrate(db, migrations)).toEqual({ from: LATEST, to: LATEST });
    db.close();
    const one = new Database(':memory:');
    expect(migrate(one, [initial])).toEqual({ from: 0, to: 1 });
    one.close();
  });

  it('refuse a newer file in French, with both versions, and accept the latest', () => {
    expect(versionGuard(null, migrations)).toBe(0);
    expect(versionGuard(LATEST, migrations)).toBe(LATEST);
    expect(versionGuard(0, [])).toBe(0);
    expect(() => versionGuard(1, [])).toThrowError(/schéma 1, cette version connaît le schéma 0/);
    expect(() => versionGuard(LATEST + 1, migrations)).toThrowError(
      `Ce cahier a été enregistré par une version plus récente de l’application (schéma ${LATEST + 1}, cette version connaît le schéma ${LATEST}). Mettez l’application à jour ; le fichier n’a pas été modifié.`,
    );
    try {
      versionGuard(LATEST + 1, migrations);
    } catch (error) {
      expect((error as { code: string }).code).toBe('db_too_new');
    }
  });
});
