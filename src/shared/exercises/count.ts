import { z } from 'zod';

/** Beyond any audience or sale a lesson deals with; a bigger number is a typing error. */
export const COUNT_MAX = 1e12;

/** A count typed by an attendee: finite, not negative, at most 10^12; null while the field is empty. */
export const count = z
  .number({
    error: (issue) =>
      typeof issue.input === 'number' && !Number.isNaN(issue.input)
        ? 'Chaque valeur doit être un nombre fini.'
        : 'Chaque valeur doit être un nombre.',
  })
  .refine((n) => n >= 0, { error: 'Une valeur ne peut pas être négative.' })
  .refine((n) => n <= COUNT_MAX, { error: 'Une valeur ne peut pas dépasser mille milliards (10^12).' });
