import type { z } from 'zod';
import type { ApiError } from './result';

/** One French sentence from a zod failure, naming the field when there is one. */
export function describeInvalidInput(error: z.ZodError): ApiError {
  const first = error.issues[0];
  if (!first) return { code: 'invalid_input', message: 'Données invalides.' };
  const where = first.path.length ? ` (champ « ${first.path.join('.')} »)` : '';
  const message = first.code === 'unrecognized_keys' ? `Champ inattendu : ${first.keys.join(', ')}.` : first.message;
  return { code: 'invalid_input', message: `${message}${where}` };
}
