import { z } from 'zod';
import { CMWB_MAX_BYTES, CMWB_MAX_LABEL, CMWB_MAX_PROFILES } from '../workbook-file/schema';
import { pdfJob, pdfJobId } from './pdf-schemas';
import * as s from './schemas';
import { verificationCode } from '../print/verification';

const empty = z.strictObject({});
const workbookText = z
  .string({ error: 'Le contenu du fichier doit être du texte.' })
  .refine((text) => new TextEncoder().encode(text).length <= CMWB_MAX_BYTES, {
    error: `Fichier trop volumineux : ${CMWB_MAX_LABEL} au plus.`,
  });
/**
 * A file travels as a JSON string inside the request body: escaping at most
 * doubles it (each `"` or `\` becomes two bytes), plus the `{"content":…}` around it.
 */
const WORKBOOK_BODY_BYTES = 2 * CMWB_MAX_BYTES + 1024;

/**
 * Every method of the API, once: its input and output schemas. The HTTP and
 * IPC adapters serve exactly this map and validate every input against it;
 * the renderer's client is typed from it.
 */
export const contract = {
  'profile.create': {
    input: z.strictObject({ name: s.profileName }),
    output: s.profile,
  },
  'profile.list': {
    input: empty,
    output: z.array(s.profile),
  },
  'profile.rename': {
    input: z.strictObject({ profileId: s.profileId, name: s.profileName }),
    output: s.profile,
  },
  /** Erases the attendee and every answer, from the file, its journal and the backups. */
  'profile.delete': {
    input: z.strictObject({ profileId: s.profileId }),
    output: z.object({ deleted: z.literal(true) }),
  },
  /** `revision` is the one the client last saw (0 for a first save); an older one is refused. */
  'answer.save': {
    input: z
      .strictObject({
        profileId: s.profileId,
        exerciseId: s.exerciseId,
        value: s.answerValue,
        revision: z
          .int({ error: 'Révision invalide.' })
          .nonnegative({ error: 'Révision invalide.' })
          .max(s.REVISION_MAX, { error: 'Révision invalide.' }),
      })
      .superRefine(s.checkAnswerFitsExercise),
    output: z.object({ savedAt: s.isoTime, revision: s.revision }),
  },
  'answer.list': {
    input: z.strictObject({ profileId: s.profileId }),
    output: z.array(s.answer),
  },
  'session.get': {
    input: empty,
    output: s.trainingSession,
  },
  'session.update': {
    input: s.trainingSession,
    output: s.trainingSession,
  },
  /** One attendee, several, or (no ids) everyone, as a .cmwb file. */
  'workbook.export': {
    input: z.strictObject({ profileIds: z.array(s.profileId).max(CMWB_MAX_PROFILES).optional() }),
    output: z.object({ fileName: z.string(), content: z.string() }),
  },
  /** What importing the file would change, without changing anything. */
  'workbook.preview': {
    input: z.strictObject({ content: workbookText }),
    output: s.importSummary,
    maxBodyBytes: WORKBOOK_BODY_BYTES,
  },
  'workbook.import': {
    input: z.strictObject({ content: workbookText }),
    output: s.importSummary,
    maxBodyBytes: WORKBOOK_BODY_BYTES,
  },
  'backup.list': {
    input: empty,
    output: z.array(s.backupInfo),
  },
  'backup.create': {
    input: empty,
    output: s.backupInfo,
  },
  /** Restores a backup after backing up the current state: nothing is lost. */
  'backup.restore': {
    input: z.strictObject({ id: z.string().max(120) }),
    output: z.object({ profiles: z.int(), answers: z.int(), safetyBackup: z.string() }),
  },
  /**
   * Starts printing every attendee's workbook (PDF) into one zip; the trainer
   * page polls `pdf.job`, then the web host serves the zip at /export/zip/<jobId>.zip.
   */
  'pdf.exportAll': {
    input: empty,
    output: z.object({ jobId: pdfJobId }),
  },
  /** How far that export is (« 12 / 30 »), which workbooks failed, and whether it is done. */
  'pdf.job': {
    input: z.strictObject({ jobId: pdfJobId }),
    output: pdfJob,
  },
  /**
   * What the printed workbook shows: the session, the attendee and their
   * answers as their own .cmwb export has them, and the attestation's
   * verification code (src/shared/print/verification.ts says what it covers).
   */
  'print.workbook': {
    input: z.strictObject({ profileId: s.profileId }),
    output: z.object({
      session: s.trainingSession,
      profile: s.profile,
      answers: z.array(s.answer),
      verificationCode: z.string().regex(verificationCode),
    }),
  },
  /**
   * Notices from start-up (a damaged file or a foreign journal moved aside…),
   * then problems found since (a failed backup, an unfinished erase).
   */
  'app.status': {
    input: empty,
    output: z.object({ notices: z.array(s.notice) }),
  },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}

/** The biggest request body a host accepts, unless the method says more (file imports). */
export const MAX_BODY_BYTES = 64 * 1024;

export function maxBodyBytes(method: Method): number {
  const spec = contract[method];
  return 'maxBodyBytes' in spec ? spec.maxBodyBytes : MAX_BODY_BYTES;
}
