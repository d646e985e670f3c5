import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from './index';

function migrated() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const migration of migrations.filter((m) => m.version <= 5)) migration.up(db);
  return db;
}

describe('migration 0005: the room’s pace (lockstep and revealed corrections)', () => {
  it('keeps one pace row, whose lesson may be empty (every lesson open)', () => {
    const db = migrated();
    db.prepare("INSERT INTO classroom_pace VALUES (1, NULL, 't')").run();
    expect(() => db.prepare("INSERT INTO classroom_pace VALUES (2, 'cas-fanajeen', 't')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO classroom_pace VALUES (1, 'x', 't')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare('INSERT INTO classroom_pace (id, current_lesson) VALUES (1, NULL)').run()).toThrow(
      /NOT NULL/,
    );
  });

  it('lists each revealed exercise once', () => {
    const db = migrated();
    db.prepare("INSERT INTO revealed_exercise VALUES ('quiz-a', 't')").run();
    expect(() => db.prepare("INSERT INTO revealed_exercise VALUES ('quiz-a', 't2')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(db.prepare('SELECT exercise_id FROM revealed_exercise').all()).toEqual([{ exercise_id: 'quiz-a' }]);
  });

  it('is the fifth version, last in the list', () => {
    expect(migrations.map((m) => m.version)).toEqual([1, 2, 3, 4, 5]);
    expect(migrations.at(-1)?.name).toBe('classroom-pace');
  });
});
