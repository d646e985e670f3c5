import { createAttendeeTokensRepo, type Workbook } from '../db';
import type { WebHostOptions } from '../hosts/web/server';
import type { Room } from '../service/classroom';
import type { ClassroomEvents } from '../service/dashboard-events';
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
  /** The service's changes: a lockstep move or a revealed correction is pushed to every attendee page. */
  events?: ClassroomEvents;
}

/** The room both hosts offer: closed until the trainer opens it. Hand `room` to createHandlers. */
export function createClassroom({
  workbook,
  dispatch,
  preferredPort,
  interfaces,
  joinLimit,
  events,
  ...host
}: ClassroomOptions): { room: Room; close(): Promise<unknown> } {
  const presence = createPresence();
  const unsubscribe = events?.subscribe((change) => {
    if (change === 'pace') presence.broadcast('pace');
  });
  const listen = roomListen({
    ...host,
    // Its /dashboard/events answers attendees 403: the trainer's stream is the trainer's only.
    ...(events ? { events } : {}),
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
  return {
    room,
    close: () => {
      unsubscribe?.();
      return room.close();
    },
  };
}
