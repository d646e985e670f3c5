import { AppError } from '../../shared/api';
import { createAnswersRepo, createProfilesRepo, type Workbook } from '../db';
import { createSessionsRepo } from '../db/sessions';

export interface ServiceOptions {
  workbook: Workbook;
  now?: () => Date;
  /** Runs work after the reply (the periodic backup); tests run it at once. */
  defer?: (task: () => void) => void;
}

/** What every group of handlers shares: the open workbook, its repositories, the clock. */
export function createContext({
  workbook,
  now = () => new Date(),
  defer = (task) => setImmediate(task),
}: ServiceOptions) {
  const { db } = workbook;
  const profiles = createProfilesRepo(db);
  return {
    workbook,
    db,
    now,
    defer,
    profiles,
    answers: createAnswersRepo(db),
    sessions: createSessionsRepo(db),
    requireProfile(id: string) {
      const profile = profiles.get(id);
      if (!profile) {
        throw new AppError(
          'not_found',
          'Participant introuvable : il a peut-être été supprimé. Choisissez un profil sur l’accueil.',
        );
      }
      return profile;
    },
  };
}

export type ServiceContext = ReturnType<typeof createContext>;
