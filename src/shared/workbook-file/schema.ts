import { z } from 'zod';
import { EXERCISES, LESSON_IDS, type ManifestExercise } from '../content/manifest';
import { ANSWER_MAX_BYTES } from './answer-size';
import {
  ISO_TIME_MAX,
  PROFILE_NAME_MAX,
  REVISION_MAX,
  answer,
  isoTime,
  profileId,
  profileName,
  trainingSession,
} from '../api/schemas';

export const CMWB_FORMAT = 'cmwb';
export const CMWB_SCHEMA_VERSION = 1;
export const CMWB_EXTENSION = '.cmwb';
/**
 * Attendees in one workbook, and so in one file. A training day has tens of
 * attendees; 500 leaves room for a whole conference while keeping the largest
 * possible file (every exercise at its longest answer, see maxFileBytes) in the
 * tens of MiB a host can read in one piece. profile.create and imports refuse
 * to go beyond it, so whatever export writes can always be imported.
 */
export const CMWB_MAX_PROFILES = 500;

/**
 * The biggest file export can write, from the schema's own maxima, in the
 * compact JSON export writes (bytes, UTF-8):
 * - an answer: `{"exerciseId":"…","value":…,"revision":…,"updatedAt":"…"},`
 *   is 54 bytes of keys and punctuation, its exercise id, a revision of 10
 *   digits, a time of ISO_TIME_MAX, and its kind's ANSWER_MAX_BYTES;
 * - an attendee: `{"id":"…","name":"…","createdAt":"…","answers":[]},` is
 *   48 bytes, a uuid (36), a time, a name of 80 UTF-16 units at 3 bytes each
 *   (controls are stripped, so no character escapes longer) and at most one
 *   answer per exercise of the lessons;
 * - the header and the session: 2 KiB (400 characters of text at 3 bytes, the
 *   keys, a time, the hash) plus each lesson id listed, quoted.
 * With today's one funnel exercise (`funnel-fanajeen`) that is
 * 5 000 × 810 + 2 084 bytes ≈ 3.9 MiB (when the limit was 5 000 attendees). Files of the first version were
 * pretty-printed and accepted up to 5 MiB, so the limit never goes below that.
 * tests/faults/roundtrip-size.test.ts measures a worst-case file against it.
 */
export function maxFileBytes(
  exercises: readonly Pick<ManifestExercise, 'id' | 'kind'>[],
  lessonIds: readonly string[],
): number {
  const answerBytes = exercises.reduce(
    (sum, { id, kind }) => sum + 54 + id.length + String(REVISION_MAX).length + ISO_TIME_MAX + ANSWER_MAX_BYTES[kind],
    0,
  );
  const profileBytes = 48 + 36 + ISO_TIME_MAX + PROFILE_NAME_MAX * 3 + answerBytes;
  const lessonBytes = lessonIds.reduce((sum, id) => sum + id.length + 3, 0);
  return 2048 + lessonBytes + CMWB_MAX_PROFILES * profileBytes;
}

/** What the first version accepted (its files were pretty-printed). */
const FIRST_VERSION_MAX_BYTES = 5 * 1024 * 1024;

export const CMWB_MAX_BYTES = Math.max(maxFileBytes(EXERCISES, LESSON_IDS), FIRST_VERSION_MAX_BYTES);

/** The limit as a person reads it: « 5,1 Mio ». */
export const CMWB_MAX_LABEL = `${(CMWB_MAX_BYTES / 1024 / 1024).toFixed(1).replace('.', ',')} Mio`;

const fileProfile = z.strictObject({
  id: profileId,
  name: profileName,
  createdAt: isoTime,
  // Known exercise ids, each once: at most one answer per exercise, as maxFileBytes counts.
  answers: z.array(answer).refine((list) => new Set(list.map((a) => a.exerciseId)).size === list.length, {
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
    .max(CMWB_MAX_PROFILES)
    .refine((list) => new Set(list.map((p) => p.id)).size === list.length, {
      error: 'Un participant apparaît deux fois dans le fichier.',
    }),
});
export type CmwbContent = z.infer<typeof cmwbContent>;

/** A workbook file: the content and the SHA-256 (hex) of its canonical JSON. */
export const cmwbFile = cmwbContent.extend({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type CmwbFile = z.infer<typeof cmwbFile>;
