import { z } from 'zod';
import { answer, isoTime, profileId, profileName, trainingSession } from '../api/schemas';

export const CMWB_FORMAT = 'cmwb';
export const CMWB_SCHEMA_VERSION = 1;
export const CMWB_MAX_BYTES = 5 * 1024 * 1024;
export const CMWB_EXTENSION = '.cmwb';

const fileProfile = z.strictObject({
  id: profileId,
  name: profileName,
  createdAt: isoTime,
  answers: z
    .array(answer)
    .max(1000)
    .refine((list) => new Set(list.map((a) => a.exerciseId)).size === list.length, {
      error: 'Un exercice apparaît deux fois pour le même participant.',
    }),
});

/** Everything the hash covers. */
export const cmwbContent = z.strictObject({
  format: z.literal(CMWB_FORMAT),
  schemaVersion: z.literal(CMWB_SCHEMA_VERSION),
  exportedAt: isoTime,
  session: trainingSession,
  profiles: z
    .array(fileProfile)
    .max(5000)
    .refine((list) => new Set(list.map((p) => p.id)).size === list.length, {
      error: 'Un participant apparaît deux fois dans le fichier.',
    }),
});
export type CmwbContent = z.infer<typeof cmwbContent>;

/** A workbook file: the content and the SHA-256 (hex) of its canonical JSON. */
export const cmwbFile = cmwbContent.extend({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type CmwbFile = z.infer<typeof cmwbFile>;
