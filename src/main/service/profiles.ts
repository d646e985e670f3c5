import { randomUUID } from 'node:crypto';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';

export function profileHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'profile.create' | 'profile.list' | 'profile.rename' | 'profile.delete'> {
  return {
    'profile.create': ({ name }) => {
      const profile = { id: randomUUID(), name, createdAt: ctx.now().toISOString() };
      ctx.profiles.insert(profile);
      return profile;
    },
    'profile.list': () => ctx.profiles.list(),
    'profile.rename': ({ profileId, name }) =>
      ctx.db.transaction(() => {
        ctx.requireProfile(profileId);
        ctx.profiles.rename(profileId, name);
        return ctx.requireProfile(profileId);
      })(),
    'profile.delete': ({ profileId }) => {
      ctx.db.transaction(() => {
        ctx.requireProfile(profileId);
        ctx.profiles.delete(profileId);
      })();
      // secure_delete zeroed the rows in the file; truncating the WAL removes the
      // older copies of those pages, and the backups are scrubbed too.
      ctx.db.pragma('wal_checkpoint(TRUNCATE)');
      ctx.workbook.backups.scrubProfile(profileId);
      return { deleted: true as const };
    },
  };
}
