import { initial } from './0001-initial';
import { trainingSession } from './0002-training-session';
import { pendingErasure } from './0003-pending-erasure';
import { attendeeToken } from './0004-attendee-token';
import { classroomPace } from './0005-classroom-pace';
import type { Migration } from './types';

/** In version order; a new schema version is one new file added here. */
export const migrations: readonly Migration[] = [
  initial,
  trainingSession,
  pendingErasure,
  attendeeToken,
  classroomPace,
];

export type { Migration } from './types';
