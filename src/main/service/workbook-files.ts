import type { ImportSummary } from '../../shared/api';
import { CMWB_EXTENSION, CMWB_FORMAT, CMWB_SCHEMA_VERSION, type CmwbFile } from '../../shared/workbook-file/schema';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { defaultSession } from './session';
import { parseWorkbookFile, sealWorkbook } from './workbook-file';

function fileNameFor(file: CmwbFile): string {
  const day = file.session.date;
  const only = file.profiles.length === 1 ? file.profiles[0]! : undefined;
  const who = only
    ? only.name
        .normalize('NFD')
        .replace(/[^\w-]+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase() || 'participant'
    : 'tous';
  return `cahier-${day}-${who}${CMWB_EXTENSION}`;
}

/**
 * Compares the file with the workbook and, when `apply`, writes it in one
 * transaction: new profiles and answers are added, an answer newer than ours
 * replaces it, an older or equal one is left alone.
 */
function merge(ctx: ServiceContext, file: CmwbFile, apply: boolean): ImportSummary {
  const summary: ImportSummary = {
    profiles: { new: 0, existing: 0 },
    answers: { new: 0, newer: 0, older: 0, same: 0 },
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
        if (!ours) {
          summary.answers.new += 1;
          if (apply) ctx.answers.put(profile.id, answer);
        } else if (Date.parse(answer.updatedAt) > Date.parse(ours.updatedAt)) {
          summary.answers.newer += 1;
          if (apply) ctx.answers.put(profile.id, { ...answer, revision: ours.revision + 1 });
        } else {
          summary.answers[Date.parse(answer.updatedAt) === Date.parse(ours.updatedAt) ? 'same' : 'older'] += 1;
        }
      }
    }
  };
  if (apply) ctx.db.transaction(run).immediate();
  else run();
  return summary;
}

export function workbookFileHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'workbook.export' | 'workbook.preview' | 'workbook.import'> {
  return {
    'workbook.export': ({ profileIds }) => {
      const file = ctx.db.transaction(() => {
        const chosen = profileIds ? profileIds.map((id) => ctx.requireProfile(id)) : ctx.profiles.list();
        return sealWorkbook({
          format: CMWB_FORMAT,
          schemaVersion: CMWB_SCHEMA_VERSION,
          exportedAt: ctx.now().toISOString(),
          session: ctx.sessions.get() ?? defaultSession(ctx.now()),
          profiles: chosen.map((profile) => ({ ...profile, answers: ctx.answers.list(profile.id) })),
        });
      })();
      return { fileName: fileNameFor(file), content: JSON.stringify(file, null, 2) };
    },
    'workbook.preview': ({ content }) => merge(ctx, parseWorkbookFile(content), false),
    'workbook.import': ({ content }) => {
      const summary = merge(ctx, parseWorkbookFile(content), true);
      ctx.defer(() => ctx.workbook.backups.noteChange());
      return summary;
    },
  };
}
