import { AppError, describeInvalidInput, schemas, type Answer, type ImportSummary } from '../../shared/api';
import { findExercise, isLessonId } from '../../shared/content/manifest';
import { canonicalJson } from '../../shared/workbook-file/canonical';
import { workbookFileName } from '../../shared/workbook-file/file-name';
import {
  CMWB_EXTENSION,
  CMWB_FORMAT,
  CMWB_MAX_PROFILES,
  CMWB_SCHEMA_VERSION,
  cmwbContent,
  type CmwbFile,
} from '../../shared/workbook-file/schema';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { tooManyProfiles } from './profiles';
import { defaultSession } from './session';
import { parseWorkbookFile, sealWorkbook, workbookText } from './workbook-file';

function fileNameFor(file: CmwbFile): string {
  const only = file.profiles.length === 1 ? file.profiles[0]! : undefined;
  return workbookFileName(file.session.date, only?.name, CMWB_EXTENSION);
}

/**
 * A text saved before names were normalised at the boundary (a lone surrogate
 * read back as three U+FFFD) may outgrow its limit: cut it, on a code point,
 * so the file still imports.
 */
function fit(text: string, max: number): string {
  const clean = schemas.normaliseText(text);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; the loop below copies a text within the limit whole, and normaliseText is idempotent
  if (clean.length <= max) return clean;
  let cut = '';
  for (const point of clean) {
    if (cut.length + point.length > max) break;
    cut += point;
  }
  return schemas.normaliseText(cut);
}

type Verdict = 'new' | 'same' | 'newer' | 'older' | 'conflict';

/**
 * How a file's answer compares with ours (same attendee, same exercise):
 * - we have none: new, added;
 * - the same value (canonical JSON), whatever the times: same, nothing to do;
 * - another value saved later than ours: newer, it replaces ours;
 * - another value saved earlier: older, ours is kept;
 * - another value saved at the very same millisecond (a file edited by hand,
 *   or two machines at once): conflict. Importing is the trainer's deliberate
 *   act, so the file's value wins, and the preview counts these apart so the
 *   trainer knows which of their answers will be replaced.
 */
function compare(theirs: Answer, ours: Answer | undefined): Verdict {
  if (!ours) return 'new';
  if (canonicalJson(theirs.value) === canonicalJson(ours.value)) return 'same';
  const delta = Date.parse(theirs.updatedAt) - Date.parse(ours.updatedAt);
  return delta > 0 ? 'newer' : delta < 0 ? 'older' : 'conflict';
}

/**
 * Compares the file with the workbook and, when `apply`, writes it in one
 * transaction. The session is imported only where none was set here: the
 * trainer's own session is never replaced by a file.
 */
function merge(ctx: ServiceContext, file: CmwbFile, apply: boolean): ImportSummary {
  const summary: ImportSummary = {
    profiles: { new: 0, existing: 0 },
    answers: { new: 0, newer: 0, older: 0, same: 0, conflict: 0 },
    session: ctx.sessions.get() ? 'kept' : 'imported',
    applied: apply,
  };
  const run = () => {
    if (apply && summary.session === 'imported') ctx.sessions.put(file.session, ctx.now().toISOString());
    for (const { answers, ...profile } of file.profiles) {
      const known = ctx.profiles.get(profile.id);
      summary.profiles[known ? 'existing' : 'new'] += 1;
      if (!known && apply) ctx.profiles.insert(profile);
      for (const answer of answers) {
        const ours = known ? ctx.answers.get(profile.id, answer.exerciseId) : undefined;
        const verdict = compare(answer, ours);
        summary.answers[verdict] += 1;
        if (verdict === 'new' && apply) ctx.answers.put(profile.id, answer);
        if ((verdict === 'newer' || verdict === 'conflict') && ours) {
          if (ours.revision >= schemas.REVISION_MAX) {
            throw new AppError(
              'invalid_input',
              `Une réponse de « ${profile.name} » a atteint le nombre maximal d’enregistrements : ce fichier ne peut pas la remplacer.`,
            );
          }
          if (apply) ctx.answers.put(profile.id, { ...answer, revision: ours.revision + 1 });
        }
      }
    }
    // Applied, the new attendees are already counted (and rolled back by the throw).
    if (ctx.profiles.count() + (apply ? 0 : summary.profiles.new) > CMWB_MAX_PROFILES) throw tooManyProfiles();
  };
  // Stryker disable next-line ConditionalExpression: a preview run inside a transaction reads the same rows and writes none (the app alone writes its workbook)
  if (apply) ctx.db.transaction(run).immediate();
  else run();
  return summary;
}

export function workbookFileHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'workbook.export' | 'workbook.preview' | 'workbook.import'> {
  return {
    'workbook.export': ({ profileIds }) => {
      const content = ctx.db.transaction(() => {
        const chosen = profileIds ? [...new Set(profileIds)].map((id) => ctx.requireProfile(id)) : ctx.profiles.list();
        const session = ctx.sessions.get() ?? defaultSession(ctx.now());
        return {
          format: CMWB_FORMAT,
          schemaVersion: CMWB_SCHEMA_VERSION,
          exportedAt: ctx.now().toISOString(),
          // Lessons and exercises removed from this version's content cannot be imported anywhere: left out.
          session: { ...session, lessons: session.lessons.filter(isLessonId) },
          profiles: chosen.map((profile) => ({
            ...profile,
            name: fit(profile.name, schemas.PROFILE_NAME_MAX),
            answers: ctx.answers.list(profile.id).filter((answer) => findExercise(answer.exerciseId)),
          })),
        };
      })();
      // What import would refuse is refused here, so an exported file always imports.
      const checked = cmwbContent.safeParse(content);
      if (!checked.success) {
        throw new AppError(
          'invalid_input',
          `Export impossible : ${describeInvalidInput(checked.error).message} Corrigez cette donnée puis réessayez.`,
        );
      }
      const file = sealWorkbook(checked.data);
      return { fileName: fileNameFor(file), content: workbookText(file) };
    },
    'workbook.preview': ({ content }) => merge(ctx, parseWorkbookFile(content), false),
    'workbook.import': ({ content }) => {
      const summary = merge(ctx, parseWorkbookFile(content), true);
      ctx.defer(() => ctx.workbook.backups.noteChange());
      return summary;
    },
  };
}
