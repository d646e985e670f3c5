import { AppError, schemas } from '../../shared/api';
import { createCommitQueue } from './answer-batch';
import type { Caller } from './classroom-caller';
import type { ServiceContext } from './context';
import type { PaceService } from './dashboard-pace';
import type { Handlers } from './handlers';

export function answerHandlers(ctx: ServiceContext, pace: PaceService): Pick<Handlers, 'answer.save' | 'answer.list'> {
  // Saves arriving together share one commit (see answer-batch.ts); each is still checked and acknowledged alone.
  const commits = createCommitQueue(ctx.db);
  let changeNoted = false;
  return {
    'answer.save': async ({ profileId, exerciseId, value, revision }, caller) => {
      // Lockstep: the room has not reached this lesson yet. The trainer's own screen is never held back
      // (nor a test calling the handler itself, without dispatch and so without a caller).
      if ((caller as Caller | undefined)?.role === 'attendee') pace.assertOpen(exerciseId);
      const savedAt = ctx.now().toISOString();
      const next = await commits.run(() => {
        ctx.requireProfile(profileId);
        const stored = ctx.answers.get(profileId, exerciseId)?.revision ?? 0;
        if (revision !== stored) {
          throw new AppError(
            'conflict',
            'Cette réponse a été modifiée ailleurs (un autre onglet ou un autre poste). Rechargez la page pour voir la dernière version avant de continuer.',
          );
        }
        if (stored >= schemas.REVISION_MAX) {
          throw new AppError(
            'invalid_input',
            `Cette réponse a atteint le nombre maximal d’enregistrements (${schemas.REVISION_MAX.toLocaleString('fr-FR')}) : elle ne peut plus être modifiée.`,
          );
        }
        ctx.answers.put(profileId, { exerciseId, value, revision: stored + 1, updatedAt: savedAt });
        return stored + 1;
      });
      // One upkeep pass per burst of saves, not one per save.
      if (!changeNoted) {
        changeNoted = true;
        ctx.defer(() => {
          changeNoted = false;
          ctx.workbook.backups.noteChange();
        });
      }
      return { savedAt, revision: next };
    },
    'answer.list': ({ profileId }) => {
      ctx.requireProfile(profileId);
      return ctx.answers.list(profileId);
    },
  };
}
