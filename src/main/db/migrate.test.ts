import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../tests/support/temp-dir';
import { migrations } from './migrations';
import { closeDatabase, openDatabase } from './open';
import { schemaVersion } from './migrate';

const tempDir = useTempDir();

describe('opening and migrating the database', () => {
  it('creates a new file at the latest version with WAL, FULL sync and foreign keys', () => {
    const db = openDatabase({ file: join(tempDir(), 'sub', 'workbook.db') });
    expect(schemaVersion(db)).toBe(migrations.at(-1)!.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    closeDatabase(db);
  });

  it('refuses a file from a newer version and leaves it byte for byte untouched', () => {
    const file = join(tempDir(), 'workbook.db');
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x INTEGER) STRICT');
    newer.pragma('user_version = 99');
    newer.close();
    const before = readFileSync(file);
    expect(() => openDatabase({ file })).toThrowError(/version plus récente/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('rolls a failing migration back to the previous version', () => {
    const file = join(tempDir(), 'workbook.db');
    closeDatabase(openDatabase({ file }));
    const broken = {
      version: migrations.at(-1)!.version + 1,
      name: 'broken',
      up(db: Database.Database) {
        db.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('boom');
      },
    };
    expect(() => openDatabase({ file, migrations: [...migrations, broken] })).toThrowError('boom');
    const db = openDatabase({ file });
    expect(schemaVersion(db)).toBe(migrations.at(-1)!.version);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    closeDatabase(db);
  });
});
