import type { Answer, AnswerValue } from '../../shared/api';
import type { Db } from './open';

interface AnswerRow {
  exercise_id: string;
  value: string;
  revision: number;
  updated_at: string;
}

export function createAnswersRepo(db: Db) {
  const upsert = db.prepare<[string, string, string, string], { revision: number }>(`
    INSERT INTO answer (profile_id, exercise_id, value, revision, updated_at) VALUES (?, ?, ?, 1, ?)
    ON CONFLICT (profile_id, exercise_id) DO UPDATE
      SET value = excluded.value, revision = answer.revision + 1, updated_at = excluded.updated_at
    RETURNING revision`);
  const byProfile = db.prepare<[string], AnswerRow>(
    'SELECT exercise_id, value, revision, updated_at FROM answer WHERE profile_id = ? ORDER BY exercise_id',
  );
  return {
    /** Writes one answer in its own transaction; returns the committed revision. */
    save(profileId: string, exerciseId: string, value: AnswerValue, updatedAt: string): number {
      return upsert.get(profileId, exerciseId, JSON.stringify(value), updatedAt)!.revision;
    },
    list(profileId: string): Answer[] {
      return byProfile.all(profileId).map((row) => ({
        exerciseId: row.exercise_id,
        value: JSON.parse(row.value) as AnswerValue,
        revision: row.revision,
        updatedAt: row.updated_at,
      }));
    },
  };
}

export type AnswersRepo = ReturnType<typeof createAnswersRepo>;
