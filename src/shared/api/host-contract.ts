import { z } from 'zod';
import { profileId } from './schemas';

/**
 * Methods a host answers itself rather than the service: printing needs the
 * host's own printer and file dialog. Only the Electron bridge serves them;
 * the web host offers the PDF as a download at /export/<profileId>.pdf.
 */
export const hostContract = {
  'pdf.save': {
    input: z.strictObject({ profileId }),
    output: z.object({ path: z.string().nullable() }),
  },
} as const;

export type HostMethod = keyof typeof hostContract;
