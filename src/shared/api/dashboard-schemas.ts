import { z } from 'zod';
import { EXERCISE_KINDS, type ExerciseKind } from '../exercises/kinds';
import { exerciseId, isoTime, lessonId, profileId } from './schemas';

const kind = z.enum(Object.keys(EXERCISE_KINDS) as [ExerciseKind, ...ExerciseKind[]]);

/**
 * Where the room is: the lesson the trainer has reached (lockstep) and the
 * exercises whose correction is revealed. `openLessons` null: no lockstep,
 * every lesson of the day is open.
 */
export const pace = z.object({
  currentLesson: z.string().nullable(),
  openLessons: z.array(z.string()).nullable(),
  revealed: z.array(z.string()),
});
export type Pace = z.infer<typeof pace>;

export const setLessonInput = z.strictObject({ lessonId: lessonId.nullable() });
export const revealInput = z.strictObject({
  exerciseId,
  revealed: z.boolean({ error: 'Indiquez si la correction est révélée (vrai ou faux).' }),
});
export const showNamesInput = z.strictObject({
  shown: z.boolean({ error: 'Indiquez si les noms sont affichés (vrai ou faux).' }),
});

/** One attendee on the dashboard; `name` is null while the trainer keeps names hidden (projector). */
export const dashboardAttendee = z.object({
  number: z.int().positive(),
  profileId,
  name: z.string().nullable(),
  lastActivity: isoTime.nullable(),
  lessons: z.array(z.object({ lessonId: z.string(), done: z.int(), total: z.int() })),
});
export type DashboardAttendee = z.infer<typeof dashboardAttendee>;

/** One bar: how many attendees' answers fall in this grade (« juste », a named mistake, « 2 / 3 »…). */
export const gradeBucket = z.object({ key: z.string(), label: z.string(), count: z.int().nonnegative() });
export type GradeBucket = z.infer<typeof gradeBucket>;

export const exerciseStats = z.object({
  exerciseId: z.string(),
  lessonId: z.string(),
  kind,
  answered: z.int().nonnegative(),
  unanswered: z.int().nonnegative(),
  buckets: z.array(gradeBucket),
  revealed: z.boolean(),
});
export type ExerciseStats = z.infer<typeof exerciseStats>;

export const dashboard = z.object({
  namesShown: z.boolean(),
  lessons: z.array(z.object({ lessonId: z.string(), title: z.string() })),
  attendees: z.array(dashboardAttendee),
  exercises: z.array(exerciseStats),
  pace,
});
export type Dashboard = z.infer<typeof dashboard>;

/** Each kind of exercise in French: the dashboard's headings and the CSV's « Type » column. */
export const KIND_NAMES: Readonly<Record<ExerciseKind, string>> = {
  funnel: 'Entonnoir',
  quiz: 'Quiz',
  reflection: 'Réflexion',
  'metric-question': 'Question de calcul',
  budget: 'Budget',
  'action-plan': 'Plan d’action',
};

/** One line of the results CSV: one attendee, one exercise of the day (src/main/service/results.ts). */
export const resultRow = z.object({
  attendee: z.string(),
  lesson: z.string(),
  exerciseId: z.string(),
  kind: z.string(),
  value: z.string(),
  grade: z.string(),
  mistake: z.string(),
  /** Points ÷ maximum, 0 to 1, where the kind is graded. */
  score: z.number().min(0).max(1).nullable(),
  attempts: z.int().nonnegative().nullable(),
  updatedAt: isoTime.nullable(),
});
export type ResultRow = z.infer<typeof resultRow>;
