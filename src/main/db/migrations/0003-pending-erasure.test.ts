import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { initial } from './0001-initial';
import { trainingSession } from './0002-training-session';
import { pendingErasure } from './0003-pending-erasure';

describe('migration 0003: pending erasures', () => {
  it('keeps one row per erased profile id, with no link to the (deleted) profile', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const migration of [initial, trainingSession, pendingErasure]) migration.up(db);
    // The profile is gone when the row is written: no foreign key may refuse it.
    db.prepare("INSERT INTO pending_erasure VALUES ('gone', 't')").run();
    expect(() => db.prepare("INSERT INTO pending_erasure VALUES ('gone', 't2')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO pending_erasure VALUES ('x', NULL)").run()).toThrow(/NOT NULL/);
  });
});
