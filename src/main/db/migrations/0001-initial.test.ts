import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { initial } from './0001-initial';

function migrated() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  initial.up(db);
  return db;
}

describe('migration 0001: profiles and answers', () => {
  it('creates strict tables', () => {
    const db = migrated();
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
      sql: string;
    }[];
    expect(tables.map((t) => t.name)).toEqual(['answer', 'profile']);
    for (const table of tables) expect(table.sql).toMatch(/STRICT$/);
  });

  it('enforces name length, JSON values and the profile reference', () => {
    const db = migrated();
    expect(() => db.prepare("INSERT INTO profile VALUES ('p', '', 't')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO profile VALUES ('p', 'Amina', 't')").run();
    expect(() => db.prepare("INSERT INTO answer VALUES ('p', 'e', 'not json', 1, 't')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO answer VALUES ('ghost', 'e', '{}', 1, 't')").run()).toThrow(/FOREIGN KEY/);
  });

  it('deletes a profile’s answers with it', () => {
    const db = migrated();
    db.prepare("INSERT INTO profile VALUES ('p', 'Amina', 't')").run();
    db.prepare("INSERT INTO answer VALUES ('p', 'e', '{}', 1, 't')").run();
    db.prepare("DELETE FROM profile WHERE id = 'p'").run();
    expect(db.prepare('SELECT count(*) AS n FROM answer').get()).toEqual({ n: 0 });
  });
});
