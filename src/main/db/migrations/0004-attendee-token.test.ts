import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { hashToken } from '../attendee-tokens';
import { initial } from './0001-initial';
import { trainingSession } from './0002-training-session';
import { pendingErasure } from './0003-pending-erasure';
import { attendeeToken } from './0004-attendee-token';

function migrated() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const migration of [initial, trainingSession, pendingErasure, attendeeToken]) migration.up(db);
  db.prepare("INSERT INTO profile VALUES ('p', 'Amina', 't')").run();
  return db;
}

const insert = 'INSERT INTO attendee_token (token_hash, profile_id, created_at) VALUES (?, ?, ?)';

describe('migration 0004: attendee tokens', () => {
  it('stores a SHA-256 in hex and nothing else', () => {
    const db = migrated();
    db.prepare(insert).run(hashToken('a'), 'p', 't');
    expect(() => db.prepare(insert).run('secret-token-in-clear', 'p', 't')).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run(hashToken('b').toUpperCase(), 'p', 't')).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run(`${hashToken('c').slice(0, 63)}g`, 'p', 't')).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run(hashToken('a'), 'p', 't')).toThrow(/UNIQUE|PRIMARY/);
  });

  it('belongs to an existing profile and goes with it', () => {
    const db = migrated();
    expect(() => db.prepare(insert).run(hashToken('x'), 'ghost', 't')).toThrow(/FOREIGN KEY/);
    db.prepare(insert).run(hashToken('x'), 'p', 't');
    db.prepare("DELETE FROM profile WHERE id = 'p'").run();
    expect(db.prepare('SELECT count(*) AS n FROM attendee_token').get()).toEqual({ n: 0 });
  });
});
