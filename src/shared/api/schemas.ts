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
