import { createAttendeeTokensRepo, type Workbook } from '../db';
import type { WebHostOptions } from '../hosts/web/server';
import type { Room } from '../service/classroom';
import type { Dispatch } from '../service/dispatch';
import { createPresence } from './presence';
import { createRoom, type RoomOptions } from './room';
import { roomListen } from './room-listener';

export interface ClassroomOptions extends Omit<WebHostOptions, 'dispatch' | 'callers'> {
  workbook: Workbook;
  /** The host's dispatch, made after the room (its handlers need the room): read when a request comes. */
  dispatch: () => Dispatch;
  preferredPort: () => number;
  interfaces?: RoomOptions['interfaces'];
  joinLimit?: number;
}

/** The room both hosts offer: closed until the trainer opens it. Hand `room` to createHandlers. */
export function createClassroom({
  workbook,
  dispatch,
  preferredPort,
  interfaces,
  joinLimit,
  ...host
}: ClassroomOptions): { room: Room; close(): Promise<unknown> } {
  const presence = createPresence();
  const listen = roomListen({
    ...host,
    dispatch: (method, input, caller) => dispatch()(method, input, caller),
    tokens: createAttendeeTokensRepo(workbook.db),
    presence,
  });
  const room = createRoom({
    listen,
    presence,
    preferredPort,
    ...(interfaces ? { interfaces } : {}),
    ...(joinLimit ? { joinLimit } : {}),
  });
  return { room, close: () => room.close() };
}
