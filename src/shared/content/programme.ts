import { LESSON_MANIFEST } from './manifest';

/** The smallest and largest duration a training session may have (its schema's bounds). */
const MIN_HOURS = 0.5;
const MAX_HOURS = 24;

/** Minutes of teaching in these lessons: each lesson's `durationMin`, added up. */
export function programmeMinutes(lessons: readonly { durationMin: number }[]): number {
  return lessons.reduce((sum, lesson) => sum + lesson.durationMin, 0);
}

/** A session's `durationHours` for so many minutes of lessons, kept within what a session may say. */
export function sessionHoursFor(minutes: number): number {
  return Math.min(MAX_HOURS, Math.max(MIN_HOURS, minutes / 60));
}

/** Every lesson of this build, added up: the day a session lasts when the trainer has chosen nothing. */
export const DAY_MINUTES = programmeMinutes(LESSON_MANIFEST.lessons);
