import { initial } from './0001-initial';
import type { Migration } from './types';

/** In version order; a new schema version is one new file added here. */
export const migrations: readonly Migration[] = [initial];

export type { Migration } from './types';
