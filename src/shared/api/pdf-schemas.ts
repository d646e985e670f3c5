import { z } from 'zod';

/** A zip export's id, as the service makes it (a UUID). */
export const pdfJobId = z.uuid({ error: 'Identifiant d’export invalide.' });

/**
 * Where the trainer's « every workbook » export is: how many are printed out
 * of how many, which failed (name, French reason), then `done` with the zip's
 * name or `failed` with a French message.
 */
export const pdfJob = z.object({
  jobId: pdfJobId,
  state: z.enum(['running', 'done', 'failed']),
  done: z.int().nonnegative(),
  total: z.int().nonnegative(),
  failures: z.array(z.object({ name: z.string(), message: z.string() })),
  fileName: z.string().nullable(),
  message: z.string().nullable(),
});

export type PdfJob = z.infer<typeof pdfJob>;
