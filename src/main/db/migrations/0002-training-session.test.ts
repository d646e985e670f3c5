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
const withValues = (changes: Record<number, unknown>) => valid.map((v, i) => (i in changes ? changes[i] : v));

describe('migration 0002: the training session', () => {
  it('keeps one session row', () => {
    const db = migrated();
    db.prepare(insert).run(...valid);
    expect(() => db.prepare(insert).run(...valid)).toThrow(/UNIQUE|PRIMARY/);
  });

  // Each case on an empty table, so only its own CHECK can refuse it (not the primary key of a row already there).
  it.each([
    ['an id other than 1', { 0: 2 }],
    ['an empty title', { 1: '' }],
    ['a date not written AAAA-MM-JJ', { 2: '2 mai' }],
    ['a lesson list that is not a JSON array', { 6: '{}' }],
    ['a lesson list that is not JSON', { 6: '[' }],
    ['a duration of 0 hours', { 7: 0 }],
    ['a duration over 24 hours', { 7: 25 }],
  ])('refuses %s by its CHECK constraint', (_, changes) => {
    const db = migrated();
    expect(() => db.prepare(insert).run(...withValues(changes))).toThrow(/CHECK constraint failed/);
    expect(db.prepare('SELECT count(*) AS n FROM training_session').get()).toEqual({ n: 0 });
    // The same row with the valid value goes in: the refusal was the change's doing.
    db.prepare(insert).run(...valid);
  });
});
