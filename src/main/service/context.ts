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
  defer: schedule = (task) => setImmediate(task),
}: ServiceOptions) {
  const { db } = workbook;
  const profiles = createProfilesRepo(db);
  return {
    workbook,
    db,
    now,
    /**
     * Work after a change, once the reply is sent. It has no caller left to
     * answer: whatever it throws is put on the trainer's screen, never left
     * to stop the process. The workbook's upkeep (checkpoint, erasures) follows.
     */
    defer(task: () => void): void {
      schedule(() => {
        try {
          task();
        } catch (error) {
          console.error(error);
          workbook.alerts.set({
            code: 'maintenance_failed',
            message:
              'Une tâche de fond (sauvegarde, entretien du cahier) a échoué ; les réponses restent enregistrées. Le détail est dans le journal de l’application.',
          });
        }
        workbook.maintain();
      });
    },
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
