import type { ReactNode } from 'react';
import { lessonStrings as s } from './lesson-strings';
import { useTrainerView } from './TrainerView';

/** Timing, questions for the room, expected answers: rendered only inside `<TrainerView>`. */
export function TrainerNote({ children }: { children?: ReactNode }) {
  if (!useTrainerView()) return null;
  return (
    <aside className="trainer-note" aria-label={s.trainerNote}>
      <p className="trainer-note-label">{s.trainerNote}</p>
      {children}
    </aside>
  );
}
