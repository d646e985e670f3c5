import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/api';
import { CMWB_MAX_PROFILES } from '../../shared/workbook-file/schema';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';

/** One workbook holds at most CMWB_MAX_PROFILES attendees, so its export can always be imported. */
export function tooManyProfiles(): AppError {
  return new AppError(
    'conflict',
    `Ce cahier compte déjà ${CMWB_MAX_PROFILES} participants, le maximum : supprimez des profils inutiles ou ouvrez un autre dossier de données.`,
  );
}

export function profileHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'profile.create' | 'profile.list' | 'profile.rename' | 'profile.delete'> {
  return {
    'profile.create': ({ name }) =>
      ctx.db
        .transaction(() => {
          if (ctx.profiles.count() >= CMWB_MAX_PROFILES) throw tooManyProfiles();
          const profile = { id: randomUUID(), name, createdAt: ctx.now().toISOString() };
          ctx.profiles.insert(profile);
          return profile;
        })
        .immediate(),
    'profile.list': () => ctx.profiles.list(),
    'profile.rename': ({ profileId, name }) =>
      ctx.db.transaction(() => {
        // Stryker disable next-line CallExpression: renaming no row changes nothing, and the read below refuses the same way
        ctx.requireProfile(profileId);
        ctx.profiles.rename(profileId, name);
        return ctx.requireProfile(profileId);
      })(),
    /**
     * The rows go (secure_delete zeroes them) in the same transaction that
     * records the erasure as pending; then the journal is truncated and every
     * backup scrubbed. What cannot be scrubbed stays pending, is said, and is
     * finished by a retry of this call (on an id already gone) or automatically.
     */
    'profile.delete': ({ profileId }) => {
      const { erasures } = ctx.workbook;
      ctx.db
        .transaction(() => {
          if (!ctx.profiles.get(profileId) && erasures.has(profileId)) return;
          ctx.requireProfile(profileId);
          ctx.profiles.delete(profileId);
          erasures.add(profileId, ctx.now().toISOString());
        })
        .immediate();
      const left = ctx.workbook.finishErasures();
      if (left.length > 0) {
        throw new AppError(
          'unavailable',
          `Le participant a été retiré du cahier, mais l’effacement n’est pas terminé : des copies de ses données restent sur le disque (${left.join(' ; ')}). ` +
            'Corrigez la cause, puis relancez la suppression ; l’application réessaie aussi d’elle-même.',
        );
      }
      return { deleted: true as const };
    },
  };
}
