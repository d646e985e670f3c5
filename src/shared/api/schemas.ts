import { z } from 'zod';
import { FUNNEL_MAX_STEPS, FUNNEL_MIN_STEPS } from '../metrics';

export const PROFILE_NAME_MAX = 80;

export const profileId = z.uuid({ error: 'Identifiant de participant invalide.' });

export const profileName = z
  .string({ error: 'Le nom doit être un texte.' })
  .trim()
  .min(1, { error: 'Saisissez un nom (au moins un caractère).' })
  .max(PROFILE_NAME_MAX, { error: `Le nom ne doit pas dépasser ${PROFILE_NAME_MAX} caractères.` });

export const exerciseId = z
  .string({ error: 'Identifiant d’exercice invalide.' })
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'Identifiant d’exercice invalide.' });

/** A count typed by an attendee: finite and not negative; null while the field is empty. */
export const count = z
  .number({
    error: (issue) =>
      typeof issue.input === 'number' && !Number.isNaN(issue.input)
        ? 'Chaque valeur doit être un nombre fini.'
        : 'Chaque valeur doit être un nombre.',
  })
  .refine((n) => n >= 0, { error: 'Une valeur ne peut pas être négative.' });

export const funnelAnswer = z.strictObject({
  kind: z.literal('funnel'),
  counts: z
    .array(count.nullable())
    .min(FUNNEL_MIN_STEPS, { error: `Un entonnoir a au moins ${FUNNEL_MIN_STEPS} étapes.` })
    .max(FUNNEL_MAX_STEPS, { error: `Un entonnoir a au plus ${FUNNEL_MAX_STEPS} étapes.` }),
});

/** Every kind of exercise answer, told apart by `kind`. */
export const answerValue = z.discriminatedUnion('kind', [funnelAnswer], {
  error: 'Réponse d’un type inconnu.',
});
export type AnswerValue = z.infer<typeof answerValue>;
export type FunnelAnswer = z.infer<typeof funnelAnswer>;

export const isoTime = z.iso.datetime();

export const profile = z.object({ id: profileId, name: z.string(), createdAt: isoTime });
export type Profile = z.infer<typeof profile>;

export const answer = z.object({
  exerciseId,
  value: answerValue,
  revision: z.int().positive(),
  updatedAt: isoTime,
});
export type Answer = z.infer<typeof answer>;

const lessonId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'Identifiant de leçon invalide.' });

const isCalendarDate = (text: string) => {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};

const shortText = (max: number, label: string) =>
  z
    .string({ error: `${label} doit être un texte.` })
    .trim()
    .max(max, { error: `${label} : ${max} caractères au plus.` });

/** The day's training: shown to attendees on the home screen and on the attestation. */
export const trainingSession = z.strictObject({
  title: shortText(120, 'Le titre').min(1, { error: 'Donnez un titre à la session.' }),
  date: z
    .string({ error: 'La date doit être au format AAAA-MM-JJ.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'La date doit être au format AAAA-MM-JJ.' })
    .refine(isCalendarDate, { error: 'Cette date n’existe pas.' }),
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

export const backupInfo = z.object({
  id: z.string(),
  createdAt: isoTime,
  reason: z.string(),
  sizeBytes: z.int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const notice = z.object({ code: z.string(), message: z.string() });

export const importSummary = z.object({
  profiles: z.object({ new: z.int(), existing: z.int() }),
  answers: z.object({ new: z.int(), newer: z.int(), older: z.int(), same: z.int() }),
  session: z.enum(['imported', 'kept']),
  applied: z.boolean(),
});
export type ImportSummary = z.infer<typeof importSummary>;
