import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/api';
import type { NetworkInterface, RoomState } from '../../shared/api/classroom-schemas';
import { CMWB_MAX_PROFILES } from '../../shared/workbook-file/schema';
import { createAttendeeTokensRepo } from '../db';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { mergeProfiles } from './classroom-merge';
import { tooManyProfiles } from './profiles';

/** The room as the service sees it; src/main/classroom/room.ts is the one a host makes. */
export interface Room {
  interfaces(): NetworkInterface[];
  open(address: string): Promise<RoomState>;
  close(): Promise<RoomState>;
  state(): RoomState;
  /** Counts one join attempt from this address; false once it is over the limit. */
  admitJoinAttempt(address: string): boolean;
  /** Whether `code` is the open room's (never when it is closed). */
  codeMatches(code: string): boolean;
}

const NO_ROOM = 'La salle n’est pas disponible sur ce poste.';
const TOO_MANY_ATTEMPTS =
  'Trop de tentatives depuis cet appareil : attendez une minute, puis saisissez à nouveau le code affiché par le formateur.';
const WRONG_CODE = 'Code incorrect ou salle fermée : vérifiez le code affiché par le formateur.';

export function classroomHandlers(
  ctx: ServiceContext,
  room: Room | undefined,
): Pick<
  Handlers,
  | 'profile.get'
  | 'profile.merge'
  | 'classroom.me'
  | 'classroom.join'
  | 'classroom.interfaces'
  | 'classroom.open'
  | 'classroom.close'
  | 'classroom.state'
> {
  const tokens = createAttendeeTokensRepo(ctx.db);
  const theRoom = () => {
    if (!room) throw new AppError('unavailable', NO_ROOM);
    return room;
  };
  return {
    'profile.get': ({ profileId }) => ctx.requireProfile(profileId),
    'profile.merge': (input) => {
      const merged = mergeProfiles(ctx, tokens, input);
      ctx.defer(() => ctx.workbook.backups.noteChange());
      return merged;
    },
    'classroom.me': (_input, caller) => {
      if (caller.role === 'attendee') return { role: 'attendee', profile: ctx.requireProfile(caller.profileId) };
      return { role: caller.role };
    },
    /**
     * The attempt is counted before the code is looked at, so guessing the
     * 6 characters costs a minute per ten tries from one address.
     */
    'classroom.join': ({ name, code }, caller) => {
      if (caller.role === 'attendee') return { profile: ctx.requireProfile(caller.profileId) };
      if (caller.role !== 'visitor') {
        throw new AppError(
          'forbidden',
          'On rejoint la salle depuis le navigateur d’un participant, pas depuis l’écran du formateur.',
        );
      }
      const current = theRoom();
      if (!current.admitJoinAttempt(caller.address)) throw new AppError('rate_limited', TOO_MANY_ATTEMPTS);
      if (!current.codeMatches(code)) throw new AppError('forbidden', WRONG_CODE);
      const { profile, token } = ctx.db
        .transaction(() => {
          if (ctx.profiles.count() >= CMWB_MAX_PROFILES) throw tooManyProfiles();
          const made = { id: randomUUID(), name, createdAt: ctx.now().toISOString() };
          ctx.profiles.insert(made);
          return { profile: made, token: tokens.issue(made.id, made.createdAt) };
        })
        .immediate();
      caller.startSession(token);
      return { profile };
    },
    'classroom.interfaces': () => theRoom().interfaces(),
    'classroom.open': ({ address }) => theRoom().open(address),
    'classroom.close': () => theRoom().close(),
    'classroom.state': () => (room ? room.state() : { open: false }),
  };
}
