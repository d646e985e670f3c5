import type { TrainingSession } from '../../shared/api';
import type { Db } from './open';

interface SessionRow {
  title: string;
  date: string;
  place: string;
  trainer: string;
  organiser: string;
  lessons: string;
  duration_hours: number;
  updated_at: string;
}

export function createSessionsRepo(db: Db) {
  const read = db.prepare<[], SessionRow>('SELECT * FROM training_session WHERE id = 1');
  const write = db.prepare<[string, string, string, string, string, string, number, string]>(`
    INSERT INTO training_session (id, title, date, place, trainer, organiser, lessons, duration_hours, updated_at)
    VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, date = excluded.date, place = excluded.place,
      trainer = excluded.trainer, organiser = excluded.organiser, lessons = excluded.lessons,
      duration_hours = excluded.duration_hours, updated_at = excluded.updated_at`);
  return {
    get(): TrainingSession | undefined {
      const row = read.get();
      if (!row) return undefined;
      return {
        title: row.title,
        date: row.date,
        place: row.place,
        trainer: row.trainer,
        organiser: row.organiser,
        lessons: JSON.parse(row.lessons) as string[],
        durationHours: row.duration_hours,
      };
    },
    put(session: TrainingSession, updatedAt: string): void {
      const { title, date, place, trainer, organiser, lessons, durationHours } = session;
      write.run(title, date, place, trainer, organiser, JSON.stringify(lessons), durationHours, updatedAt);
    },
  };
}
