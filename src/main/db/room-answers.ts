import type { Db } from './open';

export interface AnswerStamp {
  profileId: string;
  exerciseId: string;
  revision: number;
  updatedAt: string;
}

/**
 * Every attendee's answers at once, for the trainer's dashboard and the
 * results CSV: first only what identifies each version (cheap), then the
 * values the caller has not read at that revision yet.
 */
export function createRoomAnswersRepo(db: Db) {
  const stamps = db.prepare<[], { profile_id: string; exercise_id: string; revision: number; updated_at: string }>(
    'SELECT profile_id, exercise_id, revision, updated_at FROM answer',
  );
  const value = db.prepare<[string, string], { value: string; revision: number }>(
    'SELECT value, revision FROM answer WHERE profile_id = ? AND exercise_id = ?',
  );
  return {
    stamps(): AnswerStamp[] {
      return stamps.all().map((row) => ({
        profileId: row.profile_id,
        exerciseId: row.exercise_id,
        revision: row.revision,
        updatedAt: row.updated_at,
      }));
    },
    /** The stored value (JSON-parsed) and its revision, or undefined when it has gone since. */
    value(profileId: string, exerciseId: string): { value: unknown; revision: number } | undefined {
      const row = value.get(profileId, exerciseId);
      return row ? { value: JSON.parse(row.value) as unknown, revision: row.revision } : undefined;
    },
  };
}

export type RoomAnswersRepo = ReturnType<typeof createRoomAnswersRepo>;
