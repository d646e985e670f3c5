import { useSyncExternalStore } from 'react';
import type { Pace } from '../../shared/api/dashboard-schemas';
import { call } from '../api';

/**
 * What an attendee's page may show: the lessons the room has reached
 * (lockstep) and the corrections the trainer revealed. Off on the trainer's
 * own screen (everything open). Refreshed when the room's event stream says
 * `pace` (see ../classroom/room-line.ts), so the page follows without reload.
 */
type PaceState = { status: 'off' } | { status: 'loading' } | { status: 'ready'; pace: Pace };

let state: PaceState = { status: 'off' };
const listeners = new Set<() => void>();
const set = (next: PaceState) => {
  state = next;
  for (const listener of listeners) listener();
};

/** Asks the host where the room is; a failure keeps what is known (the next event asks again). */
export async function refreshPace(): Promise<void> {
  if (state.status === 'off') set({ status: 'loading' });
  const result = await call('classroom.pace', {});
  if (result.ok) set({ status: 'ready', pace: result.value });
}

/** Called once when the page turns out to be an attendee's: from then on the lockstep applies. */
export function startPace(): void {
  if (state.status !== 'off') return;
  state = { status: 'loading' };
  void refreshPace();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export interface PaceView {
  /** Still asking the host: an attendee's lesson waits rather than show what may be locked. */
  loading: boolean;
  lessonOpen(lessonId: string): boolean;
  revealed(exerciseId: string): boolean;
}

export function paceView(current: PaceState): PaceView {
  if (current.status === 'off') return { loading: false, lessonOpen: () => true, revealed: () => false };
  if (current.status === 'loading') return { loading: true, lessonOpen: () => false, revealed: () => false };
  const { openLessons, revealed } = current.pace;
  return {
    loading: false,
    lessonOpen: (lessonId) => openLessons === null || openLessons.includes(lessonId),
    revealed: (exerciseId) => revealed.includes(exerciseId),
  };
}

export function usePace(): PaceView {
  return paceView(useSyncExternalStore(subscribe, () => state));
}

/** Tests start from a known state. */
export function resetPace(): void {
  set({ status: 'off' });
}
