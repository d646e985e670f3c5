import type { Migration } from './types';

/**
 * The room's access tokens, one row per browser that joined. Only the
 * SHA-256 of a token is kept: a copy of the file (a backup, a stolen laptop)
 * lets no one in. A token goes with its profile (erase, merge by moving).
 */
export const attendeeToken: Migration = {
  version: 4,
  name: 'attendee-token',
  up(db) {
    db.exec(`
      CREATE TABLE attendee_token (
        token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64 AND token_hash NOT GLOB '*[^0-9a-f]*'),
        profile_id TEXT NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX attendee_token_profile ON attendee_token (profile_id);
    `);
  },
};
