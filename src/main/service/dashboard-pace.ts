import { AppError } from '../../shared/api';
import type { Pace } from '../../shared/api/dashboard-schemas';
import { LESSON_MANIFEST } from '../../shared/content/manifest';
import { createPaceRepo } from '../db';
import type { ServiceContext } from './context';
import { defaultSession } from './session';

/** Each exercise's lesson, from this build's lessons. */
const LESSON_OF = new Map(LESSON_MANIFEST.lessons.flatMap((lesson) => lesson.exercises.map((e) => [e.id, lesson.id])));

export function lessonOfExercise(exerciseId: string): string | undefined {
  return LESSON_OF.get(exerciseId);
}

const LOCKED =
  'Cette leçon n’est pas encore ouverte : le formateur l’ouvrira quand la salle y arrivera. Votre réponse n’a pas été enregistrée.';
const LAST_LESSON = 'La salle est déjà à la dernière leçon de la journée.';

/**
 * The lockstep and the revealed corrections. The day's lessons are the
 * session's, in its order (every lesson when it lists none); with a current
 * lesson, attendees may open the lessons up to it and no further. A current
 * lesson the session no longer has (the trainer changed the day) opens
 * everything rather than lock the room out.
 */
export function createPace(ctx: ServiceContext) {
  const repo = createPaceRepo(ctx.db);
  const dayLessons = (): string[] => {
    const session = ctx.sessions.get() ?? defaultSession(ctx.now());
    return session.lessons.length > 0 ? session.lessons : LESSON_MANIFEST.lessons.map((lesson) => lesson.id);
  };
  const openLessons = (current: string | null): string[] | null => {
    if (current === null) return null;
    const day = dayLessons();
    const index = day.indexOf(current);
    return index === -1 ? null : day.slice(0, index + 1);
  };
  const read = (): Pace => {
    const currentLesson = repo.currentLesson();
    return { currentLesson, openLessons: openLessons(currentLesson), revealed: repo.revealed() };
  };
  const stamp = () => ctx.now().toISOString();
  return {
    read,
    /** Refuses, in French, an attendee's save into a lesson the room has not reached. */
    assertOpen(exerciseId: string): void {
      const open = openLessons(repo.currentLesson());
      if (open === null) return;
      const lesson = LESSON_OF.get(exerciseId);
      if (lesson === undefined || !open.includes(lesson)) throw new AppError('forbidden', LOCKED);
    },
    setLesson(lessonId: string | null): Pace {
      repo.setCurrentLesson(lessonId, stamp());
      return read();
    },
    /** The next lesson of the day; from « every lesson open », the first. */
    advance(): Pace {
      const day = dayLessons();
      const current = repo.currentLesson();
      const index = current === null ? -1 : day.indexOf(current);
      if (current !== null && index === -1) {
        repo.setCurrentLesson(day[0] ?? null, stamp());
        return read();
      }
      if (index >= day.length - 1) throw new AppError('conflict', LAST_LESSON);
      repo.setCurrentLesson(day[index + 1]!, stamp());
      return read();
    },
    reveal(exerciseId: string, revealed: boolean): Pace {
      repo.setRevealed(exerciseId, revealed, stamp());
      return read();
    },
  };
}

export type PaceService = ReturnType<typeof createPace>;
