import { z } from 'zod';
import type { ApiError } from './result';

const zodFrench = z.locales.fr().localeError;

/**
 * zod's French messages, with a plainer one for a missing field than zod's
 * « chaîne de caractères attendu, indéfini reçu ».
 */
export const frenchLocaleError: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type' && issue.input === undefined ? 'Champ obligatoire manquant.' : zodFrench(issue);

// Set when this module loads rather than by each host: every process that
// validates (web host, Electron main, renderer, tests) reaches it through the
// API index, so no entry point can forget it and leak zod's English defaults.
z.config({ localeError: frenchLocaleError });

/** zod's English defaults, should anything set zod back to English after this module. */
const ENGLISH_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized|Expected)\b|\b(expected|received)\b/;

const FALLBACK_BY_CODE: Partial<Record<z.core.$ZodIssue['code'], string>> = {
  invalid_type: 'Type de valeur inattendu.',
  too_big: 'Valeur trop grande.',
  too_small: 'Valeur trop petite.',
  invalid_format: 'Format invalide.',
  invalid_value: 'Valeur non autorisée.',
};

/** One French sentence from a zod failure, naming the field when there is one. */
export function describeInvalidInput(error: z.ZodError): ApiError {
  const first = error.issues[0];
  if (!first) return { code: 'invalid_input', message: 'Données invalides.' };
  const where = first.path.length ? ` (champ « ${first.path.join('.')} »)` : '';
  let message =
    first.code === 'unrecognized_keys' ? `Champ inattendu : ${first.keys.join(', ')}.` : first.message.trim();
  if (!message || ENGLISH_DEFAULT.test(message)) message = FALLBACK_BY_CODE[first.code] ?? 'Données invalides.';
  return { code: 'invalid_input', message: `${message}${where}` };
}
