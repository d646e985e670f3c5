import { z } from 'zod';
import { pdfJobId } from './pdf-schemas';
import { lessonId, profileId } from './schemas';

/**
 * Methods a host answers itself rather than the service: printing needs the
 * host's own printer and file dialog. Only the Electron bridge serves them;
 * the web host offers the same files as downloads under /export/ (see
 * src/main/hosts/web/pdf-routes.ts).
 */
export const hostContract = {
  'pdf.save': {
    input: z.strictObject({ profileId }),
    output: z.object({ path: z.string().nullable() }),
  },
  /** The « Guide du formateur » (one lesson, or the whole session). */
  'pdf.saveGuide': {
    input: z.strictObject({ lessonId: lessonId.optional() }),
    output: z.object({ path: z.string().nullable() }),
  },
  /** Asks where to save the zip of every workbook, then starts it: poll `pdf.job` with the id. */
  'pdf.saveAll': {
    input: z.strictObject({}),
    output: z.object({ jobId: pdfJobId.nullable(), path: z.string().nullable() }),
  },
  /** Asks where to save the results CSV (one row per attendee × exercise), then writes it. */
  'results.saveCsv': {
    input: z.strictObject({}),
    output: z.object({ path: z.string().nullable() }),
  },
} as const;

export type HostInput<M extends HostMethod> = z.output<(typeof hostContract)[M]['input']>;
export type HostOutput<M extends HostMethod> = z.output<(typeof hostContract)[M]['output']>;

export type HostMethod = keyof typeof hostContract;
