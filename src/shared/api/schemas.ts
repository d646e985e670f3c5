import { z } from 'zod';
import { findExercise, isLessonId } from '../content/manifest';
import { answerValue, type AnswerValue } from '../exercises/kinds';
import { ANSWER_MAX_BYTES } from '../workbook-file/answer-size';
import { canonicalJson } from '../workbook-file/canonical';

export const PROFILE_NAME_MAX = 80;
/** A revision counts the saves of one answer: a billion is far beyond any day, and well inside 2^53. */
export const REVISION_MAX = 1_000_000_000;
/** Dates the app accepts from outside (saves, sessions, files): anything else is a typing or clock error. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
/** The longest text an ISO time may be (`2026-05-02T09:00:00.000000Z` and a little more). */
export const ISO_TIME_MAX = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 and C1 controls, and the bidi embeddings, overrides and isolates that can make a name read as another.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * The form every typed text is stored in: well-formed (a lone surrogate would
 * come back from SQLite as three U+FFFD and outgrow its limit), without
 * invisible controls, NFC, trimmed. Limits are counted after it, so a text
 * accepted once is accepted again when a file brings it back.
 */
export function normaliseText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(INVISIBLE, '').normalize('NFC').trim();
}

export const profileId = z.uuid({ error: 'Identifiant de participant invalide.' });

export const profileName = z
  .string({ error: 'Le nom doit être un texte.' })
  .transform(normaliseText)
  .pipe(
    z
      .string()
      .min(1, { error: 'Saisissez un nom (au moins un caractère).' })
      .max(PROFILE_NAME_MAX, { error: `Le nom ne doit pas dépasser ${PROFILE_NAME_MAX} caractères.` }),
  );

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** An exercise of this build's lessons (virtual:lesson-manifest). */
export const exerciseId = z
  .string({ error: 'Identifiant d’exercice invalide.' })
  .regex(ID_PATTERN, { error: 'Identifiant d’exercice invalide.' })
  .refine((id) => findExercise(id) !== undefined, {
    error: 'Exercice inconnu : il ne fait partie d’aucune leçon de cette version de l’application.',
    abort: true,
  });

export const lessonId = z
  .string({ error: 'Identifiant de leçon invalide.' })
  .regex(ID_PATTERN, { error: 'Identifiant de leçon invalide.' })
  .refine(isLessonId, {
    error: 'Leçon inconnue : elle ne fait partie d’aucune leçon de cette version de l’application.',
  });

export const revision = z
  .int({ error: 'Révision invalide.' })
  .positive({ error: 'Révision invalide.' })
  .max(REVISION_MAX, { error: 'Révision invalide.' });

// Each exercise kind defines its own answer (src/shared/exercises/<kind>.ts); the union is built there.
export { count } from '../exercises/count';
export { funnelAnswer, type FunnelAnswer } from '../exercises/funnel';
export { quizAnswer, type QuizAnswer } from '../exercises/quiz';
export { reflectionAnswer, type ReflectionAnswer } from '../exercises/reflection';
export { answerValue, type AnswerValue };

const inYears = (year: number) => year >= YEAR_MIN && year <= YEAR_MAX;
const yearsError = `La date doit être comprise entre ${YEAR_MIN} et ${YEAR_MAX}.`;

export const isoTime = z.iso
  .datetime({ error: 'Date et heure invalides.' })
  .max(ISO_TIME_MAX, { error: 'Date et heure invalides.' })
  .refine((time) => inYears(Number(time.slice(0, 4))), { error: yearsError });

export const profile = z.object({ id: profileId, name: z.string(), createdAt: isoTime });
export type Profile = z.infer<typeof profile>;

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** Within its kind's ANSWER_MAX_BYTES, which bounds the size of a .cmwb file. */
export function isWithinAnswerSize(value: AnswerValue): boolean {
  return byteLength(canonicalJson(value)) <= ANSWER_MAX_BYTES[value.kind];
}

/** An answer must be of the kind its exercise saves, and no longer than that kind allows. */
export function checkAnswerFitsExercise(
  { exerciseId: id, value }: { exerciseId: string; value: AnswerValue },
  ctx: z.RefinementCtx,
): void {
  const exercise = findExercise(id);
  if (exercise && exercise.kind !== value.kind) {
    ctx.addIssue({
      code: 'custom',
      path: ['value', 'kind'],
      message: `Cette réponse (« ${value.kind} ») ne correspond pas à l’exercice ${id} (« ${exercise.kind} »).`,
    });
  } else if (!isWithinAnswerSize(value)) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'Cette réponse est trop longue.' });
  }
}

export const answer = z
  .object({ exerciseId, value: answerValue, revision, updatedAt: isoTime })
  .superRefine(checkAnswerFitsExercise);
export type Answer = z.infer<typeof answer>;

const isCalendarDate = (text: string) => {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};

const shortText = (max: number, label: string, required?: string) =>
  z
    .string({ error: `${label} doit être un texte.` })
    .transform(normaliseText)
    .pipe(
      z
        .string()
        .min(required ? 1 : 0, { error: required })
        .max(max, { error: `${label} : ${max} caractères au plus.` }),
    );

/** The day's training: shown to attendees on the home screen and on the attestation. */
export const trainingSession = z.strictObject({
  title: shortText(120, 'Le titre', 'Donnez un titre à la session.'),
  date: z
    .string({ error: 'La date doit être au format AAAA-MM-JJ.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'La date doit être au format AAAA-MM-JJ.' })
    .refine(isCalendarDate, { error: 'Cette date n’existe pas.', abort: true })
    .refine((date) => inYears(Number(date.slice(0, 4))), { error: yearsError }),
  place: shortText(80, 'Le lieu'),
  trainer: shortText(80, 'Le nom du formateur'),
  organiser: shortText(120, 'L’organisateur'),
  lessons: z
    .array(lessonId)
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Une leçon est listée deux fois.' }),
  durationHours: z
    .number({ error: 'La durée doit être un nombre d’heures.' })
    .min(0.5, { error: 'La durée est d’au moins une demi-heure.' })
    .max(24, { error: 'La durée est de 24 heures au plus.' }),
});
export type TrainingSession = z.infer<typeof trainingSession>;

/** Attendees and answers a workbook (or a backup of it) holds. */
export const workbookCounts = z.object({ profiles: z.int().nonnegative(), answers: z.int().nonnegative() });
export type WorkbookCounts = z.infer<typeof workbookCounts>;

export const backupInfo = z.object({
  id: z.string(),
  createdAt: isoTime,
  reason: z.string(),
  sizeBytes: z.int().nonnegative(),
  /** What the backup holds; null when it could not be read (it cannot be restored either). */
  counts: workbookCounts.nullable(),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const notice = z.object({ code: z.string(), message: z.string() });

export const importSummary = z.object({
  profiles: z.object({ new: z.int(), existing: z.int() }),
  /** See workbook-files.ts for how a file's answer is told new, newer, older, same or in conflict. */
  answers: z.object({ new: z.int(), newer: z.int(), older: z.int(), same: z.int(), conflict: z.int() }),
  session: z.enum(['imported', 'kept']),
  applied: z.boolean(),
});
export type ImportSummary = z.infer<typeof importSummary>;
