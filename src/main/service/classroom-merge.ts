import type { Output } from '../../shared/api';
import type { AttendeeTokensRepo } from '../db';
import type { ServiceContext } from './context';

const time = (iso: string) => Date.parse(iso);

/**
 * One person, two profiles (joined from two browsers): per exercise the
 * newer answer stays in `keepId`, the other profile's browsers now open
 * `keepId`, and `mergeId` is deleted — all in one transaction. A moved answer
 * takes the next revision of the kept one, so a page still open on the old
 * value is told to reload rather than overwrite it.
 */
export function mergeProfiles(
  ctx: ServiceContext,
  tokens: AttendeeTokensRepo,
  { keepId, mergeId }: { keepId: string; mergeId: string },
): Output<'profile.merge'> {
  return ctx.db
    .transaction(() => {
      const profile = ctx.requireProfile(keepId);
      ctx.requireProfile(mergeId);
      let moved = 0;
      for (const answer of ctx.answers.list(mergeId)) {
        const kept = ctx.answers.get(keepId, answer.exerciseId);
        // On a tie the kept profile's answer stays: the merge never changes what it shows for nothing.
        if (kept && time(kept.updatedAt) >= time(answer.updatedAt)) continue;
        ctx.answers.put(keepId, { ...answer, revision: (kept?.revision ?? 0) + 1 });
        moved += 1;
      }
      tokens.moveAll(mergeId, keepId);
      ctx.profiles.delete(mergeId);
      return { profile, answers: moved };
    })
    .immediate();
}
