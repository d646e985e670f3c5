import type { Migration } from './types';

/**
 * Where the room is in the day, kept across a restart of the host: the
 * lesson the trainer has reached (lockstep; NULL: every lesson open) and the
 * exercises whose correction has been revealed. Nothing about any attendee.
 */
export const classroomPace: Migration = {
  version: 5,
  name: 'classroom-pace',
  up(db) {
    db.exec(`
      CREATE TABLE classroom_pace (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        current_lesson TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE revealed_exercise (
        exercise_id TEXT PRIMARY KEY,
        revealed_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
