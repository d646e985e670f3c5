import { afterEach } from 'vitest';
import type { Result } from '../../src/shared/api';
import { openWorkbook, type Workbook } from '../../src/main/db';
import { TRAINER, type Caller } from '../../src/main/service/classroom-caller';
import { createClassroomEvents, type ClassroomChange } from '../../src/main/service/dashboard-events';
import { createDispatch } from '../../src/main/service/dispatch';
import { createHandlers } from '../../src/main/service/handlers';
import { useTempDir } from './temp-dir';

export interface DashboardRoom {
  workbook: Workbook;
  /** Sets the clock every later call reads (saves, reveals, lockstep moves). */
  at(iso: string): void;
  /** Calls a method as `caller` (the trainer by default) through the dispatch every host uses. */
  call(method: string, input: unknown, caller?: Caller): Promise<Result<unknown>>;
  /** The trainer's call's value; a refusal fails the test. */
  value<T = unknown>(method: string, input?: unknown): Promise<T>;
  /** A new attendee's profile id and the caller the room's listener would make of their cookie. */
  join(name: string): Promise<{ id: string; caller: Caller }>;
  /** Saves the next revision of one answer (as the trainer unless `caller` says otherwise). */
  save(profileId: string, exerciseId: string, value: unknown, caller?: Caller): Promise<Result<unknown>>;
  /** Every change the service told, in order. */
  changes: ClassroomChange[];
  /** Errors dispatch hid behind its generic message. */
  unexpected: unknown[];
}

/** A session prepared by the trainer, with these lessons in this order. */
export const sessionWith = (lessons: string[]) => ({
  title: 'Journée CM',
  date: '2026-05-02',
  place: 'Rabat',
  trainer: 'F',
  organiser: 'O',
  lessons,
  durationHours: 6,
});

/** A real workbook in a temp folder, behind the real handlers and dispatch, on a clock the test sets. */
export function useDashboardRoom(): () => DashboardRoom {
  const tempDir = useTempDir('cmday-dashboard-');
  const open: Workbook[] = [];
  afterEach(() => {
    for (const workbook of open.splice(0)) workbook.close();
  });
  return () => {
    let time = Date.parse('2026-05-02T08:00:00.000Z');
    const now = () => new Date(time);
    const workbook = openWorkbook({ dataDir: tempDir(), now });
    open.push(workbook);
    const changes: ClassroomChange[] = [];
    const events = createClassroomEvents();
    events.subscribe((change) => changes.push(change));
    const unexpected: unknown[] = [];
    const dispatch = createDispatch(createHandlers({ workbook, now, defer: (task) => task(), events }), {
      onUnexpected: (error) => unexpected.push(error),
    });
    const call = (method: string, input: unknown, caller: Caller = TRAINER) => dispatch(method, input, caller);
    const value = async <T>(method: string, input: unknown = {}) => {
      const result = await call(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    };
    const revisions = new Map<string, number>();
    return {
      workbook,
      at: (iso) => {
        time = Date.parse(iso);
      },
      call,
      value,
      async join(name) {
        const { id } = await value<{ id: string }>('profile.create', { name });
        return { id, caller: { role: 'attendee', profileId: id, address: '192.0.2.10' } };
      },
      async save(profileId, exerciseId, answer, caller) {
        const key = `${profileId} ${exerciseId}`;
        const revision = revisions.get(key) ?? 0;
        const result = await call('answer.save', { profileId, exerciseId, value: answer, revision }, caller);
        if (result.ok) revisions.set(key, revision + 1);
        return result;
      },
      changes,
      unexpected,
    };
  };
}
