import { z } from 'zod';
import { CMWB_MAX_BYTES, CMWB_MAX_LABEL, CMWB_MAX_PROFILES } from '../workbook-file/schema';
import type { MethodSpec } from './access';
import { joinInput, mergeInput, networkInterface, roomState, whoAmI } from './classroom-schemas';
import { dashboard, pace, resultRow, revealInput, setLessonInput, showNamesInput } from './dashboard-schemas';
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
 * the renderer's client is typed from it. Each method says who may call it
 * (`access`, see ./access.ts); dispatch enforces it for every host.
 */
export const contract = {
  'profile.create': {
    access: 'trainer',
    input: z.strictObject({ name: s.profileName }),
    output: s.profile,
  },
  /** One attendee: what an attendee's own pages read (they never list the others). */
  'profile.get': {
    access: 'attendee',
    input: z.strictObject({ profileId: s.profileId }),
    output: s.profile,
  },
  'profile.list': {
    access: 'trainer',
    input: empty,
    output: z.array(s.profile),
  },
  'profile.rename': {
    access: 'trainer',
    input: z.strictObject({ profileId: s.profileId, name: s.profileName }),
    output: s.profile,
  },
  /** Erases the attendee and every answer, from the file, its journal and the backups. */
  'profile.delete': {
    access: 'trainer',
    input: z.strictObject({ profileId: s.profileId }),
    output: z.object({ deleted: z.literal(true) }),
  },
  /** `revision` is the one the client last saw (0 for a first save); an older one is refused. */
  'answer.save': {
    access: 'attendee',
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
    access: 'attendee',
    input: z.strictObject({ profileId: s.profileId }),
    output: z.array(s.answer),
  },
  'session.get': {
    access: 'attendee',
    input: empty,
    output: s.trainingSession,
  },
  /**
   * An empty list in a stored session means every lesson (sessions saved before
   * lessons were chosen); a trainer's update must name at least one, so that
   * unticking the last lesson is refused instead of read back as « all ».
   */
  'session.update': {
    access: 'trainer',
    input: s.trainingSession.refine((session) => session.lessons.length > 0, {
      error: 'Choisissez au moins une leçon pour la journée.',
      path: ['lessons'],
    }),
    output: s.trainingSession,
  },
  /** Whether the trainer has saved the session yet: until then the screens show « à préparer », not defaults. */
  'session.status': {
    access: 'trainer',
    input: empty,
    output: z.object({ saved: z.boolean() }),
  },
  /** One attendee, several, or (no ids) everyone, as a .cmwb file. */
  'workbook.export': {
    access: 'attendee',
    input: z.strictObject({ profileIds: z.array(s.profileId).max(CMWB_MAX_PROFILES).optional() }),
    output: z.object({ fileName: z.string(), content: z.string() }),
  },
  /** What importing the file would change, without changing anything. */
  'workbook.preview': {
    access: 'trainer',
    input: z.strictObject({ content: workbookText }),
    output: s.importSummary,
    maxBodyBytes: WORKBOOK_BODY_BYTES,
  },
  'workbook.import': {
    access: 'trainer',
    input: z.strictObject({ content: workbookText }),
    output: s.importSummary,
    maxBodyBytes: WORKBOOK_BODY_BYTES,
  },
  'backup.list': {
    access: 'trainer',
    input: empty,
    output: z.array(s.backupInfo),
  },
  'backup.create': {
    access: 'trainer',
    input: empty,
    output: s.backupInfo,
  },
  /** What a restore would change: the workbook's attendees and answers now, and the backup's. */
  'backup.preview': {
    access: 'trainer',
    input: z.strictObject({ id: z.string().max(120) }),
    output: z.object({ current: s.workbookCounts, backup: s.workbookCounts }),
  },
  /** Restores a backup after backing up the current state: nothing is lost. */
  'backup.restore': {
    access: 'trainer',
    input: z.strictObject({ id: z.string().max(120) }),
    output: z.object({ profiles: z.int(), answers: z.int(), safetyBackup: z.string() }),
  },
  /**
   * Starts printing every attendee's workbook (PDF) into one zip; the trainer
   * page polls `pdf.job`, then the web host serves the zip at /export/zip/<jobId>.zip.
   */
  'pdf.exportAll': {
    access: 'trainer',
    input: empty,
    output: z.object({ jobId: pdfJobId }),
  },
  /** How far that export is (« 12 / 30 »), which workbooks failed, and whether it is done. */
  'pdf.job': {
    access: 'trainer',
    input: z.strictObject({ jobId: pdfJobId }),
    output: pdfJob,
  },
  /**
   * What the printed workbook shows: the session, the attendee and their
   * answers as their own .cmwb export has them, and the attestation's
   * verification code (src/shared/print/verification.ts says what it covers).
   */
  'print.workbook': {
    access: 'attendee',
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
    access: 'trainer',
    input: empty,
    output: z.object({ notices: z.array(s.notice) }),
  },
  /**
   * Two profiles of one person become one: per exercise the newer answer is
   * kept, the other profile goes (its browsers now open the kept one). One transaction.
   */
  'profile.merge': {
    access: 'trainer',
    input: mergeInput,
    output: z.object({ profile: s.profile, answers: z.int().nonnegative() }),
  },
  /** Whom the page talks as (trainer, attendee of the room, or not joined yet). */
  'classroom.me': {
    access: 'visitor',
    input: empty,
    output: whoAmI,
  },
  /** Name + the room's code: a new profile, and a token in an HttpOnly cookie (never in the body). */
  'classroom.join': {
    access: 'visitor',
    input: joinInput,
    output: z.object({ profile: s.profile }),
  },
  /** The network interfaces the room can listen on (non-internal IPv4, by name). */
  'classroom.interfaces': {
    access: 'trainer',
    input: empty,
    output: z.array(networkInterface),
  },
  /** Starts listening on one of those addresses, with a new join code. */
  'classroom.open': {
    access: 'trainer',
    input: z.strictObject({ address: z.string().max(64) }),
    output: roomState,
  },
  /** Stops every LAN access at once; tokens stay, so reopening lets everyone back in. */
  'classroom.close': {
    access: 'trainer',
    input: empty,
    output: roomState,
  },
  'classroom.state': {
    access: 'trainer',
    input: empty,
    output: roomState,
  },
  /**
   * The trainer's dashboard: attendees' progress per lesson and last activity,
   * the grades per exercise, the lockstep. The web host also streams it
   * (GET /dashboard/events, trainer only); Electron polls it over IPC.
   */
  'dashboard.get': {
    access: 'trainer',
    input: empty,
    output: dashboard,
  },
  /** « Afficher les noms »: until then the dashboard numbers attendees (it may be projected). */
  'dashboard.showNames': {
    access: 'trainer',
    input: showNamesInput,
    output: z.object({ shown: z.boolean() }),
  },
  /** Which lessons an attendee may open (lockstep) and which corrections are revealed. */
  'classroom.pace': {
    access: 'attendee',
    input: empty,
    output: pace,
  },
  /** « Leçon en cours »: attendees see the lessons up to this one (null: every lesson). */
  'classroom.setLesson': {
    access: 'trainer',
    input: setLessonInput,
    output: pace,
  },
  /** « Avancer »: opens the next lesson of the day. */
  'classroom.advance': {
    access: 'trainer',
    input: empty,
    output: pace,
  },
  /**
   * Every attendee × every exercise of the day, graded: the hosts write it as
   * the results CSV (GET /export/resultats.csv, or a save dialog in Electron).
   */
  'results.rows': {
    access: 'trainer',
    input: empty,
    output: z.array(resultRow),
  },
  /** « Révéler la correction » of one exercise (or hides it again). */
  'classroom.reveal': {
    access: 'trainer',
    input: revealInput,
    output: pace,
  },
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const METHODS = Object.keys(contract) as Method[];

export type { Access } from './access';

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}

/** The biggest request body a host accepts, unless the method says more (file imports). */
export const MAX_BODY_BYTES = 64 * 1024;

export function maxBodyBytes(method: Method): number {
  const spec = contract[method];
  return 'maxBodyBytes' in spec ? spec.maxBodyBytes : MAX_BODY_BYTES;
}
