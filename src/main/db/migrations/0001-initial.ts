import type { Migration } from './types';

/** Profiles and their answers. Answers go with their profile (ON DELETE CASCADE). */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE profile (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE answer (
        profile_id TEXT NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
        exercise_id TEXT NOT NULL,
        value TEXT NOT NULL CHECK (json_valid(value)),
        revision INTEGER NOT NULL CHECK (revision > 0),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (profile_id, exercise_id)
      ) STRICT;
    `);
  },
};
