import type { Migration } from './types';

/**
 * Erasures whose backups are not all scrubbed yet (a backup locked, a full
 * disk…). Written in the transaction that deletes the profile, removed once
 * every backup is clean: an erase the app could not finish is never forgotten.
 * Only the id is kept, nothing that identifies the person.
 */
export const pendingErasure: Migration = {
  version: 3,
  name: 'pending-erasure',
  up(db) {
    db.exec(`
      CREATE TABLE pending_erasure (
        profile_id TEXT PRIMARY KEY,
        requested_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
