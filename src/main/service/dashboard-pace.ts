import { AppError } from '../../shared/api';
import type { Pace } from '../../shared/api/dashboard-schemas';
import { LESSON_MANIFEST } from '../../shared/content/manifest';
import { createPaceRepo } from '../db';
import type { ServiceContext } from './context';
import { defaultSession } from './session';

/** Each exercise's lesson, from this build's lessons. */
const LESSON_OF = new Map(LESSON_MANIFEST.lessons.flatMap((lesson) => lesson.exercises.map((e) => [e.id, lesson.id])));

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
    // Stryker disable next-line ConditionalExpression: indexOf(null) is -1, which gives null too; the guard only spares reading the session
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
      // An exercise of no lesson (the contract lets none through) is in no open lesson either.
      const lesson = LESSON_OF.get(exerciseId);
      if (!open.some((id) => id === lesson)) throw new AppError('forbidden', LOCKED);
    },
    setLesson(lessonId: string | null): Pace {
      repo.setCurrentLesson(lessonId, stamp());
      return read();
    },
    /**
     * The next lesson of the day; from « every lesson open », or from a lesson
     * the day no longer has (index -1), the first. The day always has one.
     */
    advance(): Pace {
      const day = dayLessons();
      const current = repo.currentLesson();
      const index = day.findIndex((id) => id === current);
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
