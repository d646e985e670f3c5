import type { Answer, AnswerValue } from '../../shared/api';
import type { Db } from './open';

interface AnswerRow {
  exercise_id: string;
  value: string;
  revision: number;
  updated_at: string;
}

const toAnswer = (row: AnswerRow): Answer => ({
  exerciseId: row.exercise_id,
  value: JSON.parse(row.value) as AnswerValue,
  revision: row.revision,
  updatedAt: row.updated_at,
});

export function createAnswersRepo(db: Db) {
  const write = db.prepare<[string, string, string, number, string]>(`
    INSERT INTO answer (profile_id, exercise_id, value, revision, updated_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (profile_id, exercise_id) DO UPDATE
      SET value = excluded.value, revision = excluded.revision, updated_at = excluded.updated_at`);
  const one = db.prepare<[string, string], AnswerRow>(
    'SELECT exercise_id, value, revision, updated_at FROM answer WHERE profile_id = ? AND exercise_id = ?',
  );
  const byProfile = db.prepare<[string], AnswerRow>(
    'SELECT exercise_id, value, revision, updated_at FROM answer WHERE profile_id = ? ORDER BY exercise_id',
  );
  return {
    get(profileId: string, exerciseId: string): Answer | undefined {
      const row = one.get(profileId, exerciseId);
      return row ? toAnswer(row) : undefined;
    },
    /** Writes one answer at the given revision; the caller holds the transaction. */
    put(profileId: string, answer: Answer): void {
      write.run(profileId, answer.exerciseId, JSON.stringify(answer.value), answer.revision, answer.updatedAt);
    },
    list(profileId: string): Answer[] {
      return byProfile.all(profileId).map(toAnswer);
    },
  };
}

export type AnswersRepo = ReturnType<typeof createAnswersRepo>;
