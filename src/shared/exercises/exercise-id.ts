import { z } from 'zod';

/** The stable id an exercise has in its lesson; it keys the saved answer. */
export const exerciseId = z
  .string({ error: 'Identifiant d’exercice invalide.' })
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'Identifiant d’exercice invalide.' });
