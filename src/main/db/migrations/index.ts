import { initial } from './0001-initial';
import { trainingSession } from './0002-training-session';
import { pendingErasure } from './0003-pending-erasure';
import type { Migration } from './types';

/** In version order; a new schema version is one new file added here. */
export const migrations: readonly Migration[] = [initial, trainingSession, pendingErasure];

export type { Migration } from './types';
