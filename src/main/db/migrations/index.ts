import { initial } from './0001-initial';
import { trainingSession } from './0002-training-session';
import type { Migration } from './types';

/** In version order; a new schema version is one new file added here. */
export const migrations: readonly Migration[] = [initial, trainingSession];

export type { Migration } from './types';
