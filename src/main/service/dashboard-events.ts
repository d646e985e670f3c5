import type { Method } from '../../shared/api';
import type { Caller } from './classroom-caller';

/**
 * What changed in the room, for whoever is watching: `answers` (the
 * dashboard's numbers: a save, a join, an erase…) or `pace` (the lockstep or
 * a revealed correction: every attendee page refreshes what it may show).
 */
export type ClassroomChange = 'answers' | 'pace';

export interface ClassroomEvents {
  emit(change: ClassroomChange): void;
  /** Returns how to stop listening. */
  subscribe(listener: (change: ClassroomChange) => void): () => void;
}

/** One per host: the service tells, the web host's streams and the room's listener listen. */
export function createClassroomEvents(): ClassroomEvents {
  const listeners = new Set<(change: ClassroomChange) => void>();
  return {
    emit(change) {
      for (const listener of [...listeners]) {
        try {
          listener(change);
        } catch (error) {
          // A broken stream must not fail the save that triggered it.
          console.error(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The methods whose success changes what the dashboard or the attendees' pages show. */
const CHANGES: Partial<Record<Method, ClassroomChange>> = {
  'answer.save': 'answers',
  'profile.create': 'answers',
  'profile.rename': 'answers',
  'profile.delete': 'answers',
  'profile.merge': 'answers',
  'classroom.join': 'answers',
  'workbook.import': 'answers',
  'backup.restore': 'answers',
  'session.update': 'pace',
  'classroom.setLesson': 'pace',
  'classroom.advance': 'pace',
  'classroom.reveal': 'pace',
  'dashboard.showNames': 'answers',
};

type AnyHandler = (input: unknown, caller: Caller) => unknown;

/**
 * Wraps the handlers that change the room so that each success is told once,
 * after it is committed (an async handler: once its promise settles). Kept
 * outside the handlers: none of them has to remember it.
 */
export function notifyingChanges<H extends { [M in Method]: unknown }>(handlers: H, events: ClassroomEvents): H {
  const own = handlers as unknown as Record<Method, AnyHandler>;
  const wrapped: Record<string, AnyHandler> = { ...own };
  for (const [method, change] of Object.entries(CHANGES) as [Method, ClassroomChange][]) {
    const handler = own[method];
    wrapped[method] = (input, caller) => {
      const result = handler(input, caller);
      if (result instanceof Promise) return result.then((value: unknown) => (events.emit(change), value));
      events.emit(change);
      return result;
    };
  }
  return wrapped as H;
}
