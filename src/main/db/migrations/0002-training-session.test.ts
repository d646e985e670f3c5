import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { initial } from './0001-initial';
import { trainingSession } from './0002-training-session';

function migrated() {
  const db = new Database(':memory:');
  initial.up(db);
  trainingSession.up(db);
  return db;
}

const insert = 'INSERT INTO training_session VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
const valid = [1, 'Community Management Day', '2026-05-02', 'Casablanca', 'Yassir', 'SMC', '[]', 7, 't'];

describe('migration 0002: the training session', () => {
  it('keeps one session row with a valid date, lesson list and duration', () => {
    const db = migrated();
    db.prepare(insert).run(...valid);
    expect(() => db.prepare(insert).run(...valid)).toThrow(/UNIQUE|PRIMARY/);
    const withId = (changes: Record<number, unknown>) => valid.map((v, i) => (i in changes ? changes[i] : v));
    expect(() => db.prepare(insert).run(...withId({ 0: 2 }))).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run(...withId({ 0: 1, 2: '2 mai' }))).toThrow();
    expect(() => db.prepare(insert).run(...withId({ 0: 1, 6: '{}' }))).toThrow();
    expect(() => db.prepare(insert).run(...withId({ 0: 1, 7: 0 }))).toThrow();
  });
});
