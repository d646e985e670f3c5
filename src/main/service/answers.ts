import { AppError, schemas } from '../../shared/api';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';

export function answerHandlers(ctx: ServiceContext): Pick<Handlers, 'answer.save' | 'answer.list'> {
  return {
    'answer.save': ({ profileId, exerciseId, value, revision }) => {
      const savedAt = ctx.now().toISOString();
      const next = ctx.db
        .transaction(() => {
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
        })
        .immediate();
      ctx.defer(() => ctx.workbook.backups.noteChange());
      return { savedAt, revision: next };
    },
    'answer.list': ({ profileId }) => {
      ctx.requireProfile(profileId);
      return ctx.answers.list(profileId);
    },
  };
}
