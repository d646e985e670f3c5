import { randomUUID } from 'node:crypto';
import { AppError, type Method, type Output, type ParsedInput } from '../../shared/api';
import { createAnswersRepo, createProfilesRepo, type Db } from '../db';

export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> };

export interface ServiceOptions {
  db: Db;
  now?: () => Date;
}

/** The work behind every API method. Hosts only translate transport to these. */
export function createHandlers({ db, now = () => new Date() }: ServiceOptions): Handlers {
  const profiles = createProfilesRepo(db);
  const answers = createAnswersRepo(db);

  const requireProfile = (id: string) => {
    const profile = profiles.get(id);
    if (!profile)
      throw new AppError(
        'not_found',
        'Participant introuvable : il a peut-être été supprimé. Choisissez un profil sur l’accueil.',
      );
    return profile;
  };

  return {
    'profile.create': ({ name }) => {
      const profile = { id: randomUUID(), name, createdAt: now().toISOString() };
      profiles.insert(profile);
      return profile;
    },
    'profile.list': () => profiles.list(),
    'answer.save': ({ profileId, exerciseId, value }) => {
      const savedAt = now().toISOString();
      const revision = db
        .transaction(() => {
          requireProfile(profileId);
          return answers.save(profileId, exerciseId, value, savedAt);
        })
        .immediate();
      return { savedAt, revision };
    },
    'answer.list': ({ profileId }) => {
      requireProfile(profileId);
      return answers.list(profileId);
    },
  };
}
