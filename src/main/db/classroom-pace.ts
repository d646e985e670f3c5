import type { Db } from './open';

/** The room's pace as stored (migration 0005): the trainer's current lesson, the revealed exercises. */
export function createPaceRepo(db: Db) {
  const current = db.prepare<[], { current_lesson: string | null }>(
    'SELECT current_lesson FROM classroom_pace WHERE id = 1',
  );
  const setCurrent = db.prepare<[string | null, string]>(`
    INSERT INTO classroom_pace (id, current_lesson, updated_at) VALUES (1, ?, ?)
    ON CONFLICT (id) DO UPDATE SET current_lesson = excluded.current_lesson, updated_at = excluded.updated_at`);
  const revealed = db.prepare<[], { exercise_id: string }>(
    'SELECT exercise_id FROM revealed_exercise ORDER BY revealed_at, exercise_id',
  );
  const reveal = db.prepare<[string, string]>(
    'INSERT INTO revealed_exercise (exercise_id, revealed_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  const hide = db.prepare<[string]>('DELETE FROM revealed_exercise WHERE exercise_id = ?');
  return {
    currentLesson: (): string | null => current.get()?.current_lesson ?? null,
    setCurrentLesson(lessonId: string | null, at: string): void {
      setCurrent.run(lessonId, at);
    },
    revealed: (): string[] => revealed.all().map((row) => row.exercise_id),
    setRevealed(exerciseId: string, on: boolean, at: string): void {
      if (on) reveal.run(exerciseId, at);
      else hide.run(exerciseId);
    },
  };
}

export type PaceRepo = ReturnType<typeof createPaceRepo>;
