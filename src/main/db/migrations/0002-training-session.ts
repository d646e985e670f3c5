import type { Migration } from './types';

/** The day's training session: one row (id = 1), created on first save. */
export const trainingSession: Migration = {
  version: 2,
  name: 'training-session',
  up(db) {
    db.exec(`
      CREATE TABLE training_session (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        place TEXT NOT NULL,
        trainer TEXT NOT NULL,
        organiser TEXT NOT NULL,
        lessons TEXT NOT NULL CHECK (json_valid(lessons) AND json_type(lessons) = 'array'),
        duration_hours REAL NOT NULL CHECK (duration_hours > 0 AND duration_hours <= 24),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
