import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './open';

/** 256 random bits, as URL-safe text: what the attendee's cookie holds. */
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The only form a token is stored in (see migration 0004). */
export function hashToken(token: string): string {
  // A string is hashed as its UTF-8 bytes.
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The room's tokens. The raw token leaves `issue` once, for the cookie, and
 * is never written anywhere: lookups hash what the browser sends.
 */
export function createAttendeeTokensRepo(db: Db) {
  const insert = db.prepare<[string, string, string]>(
    'INSERT INTO attendee_token (token_hash, profile_id, created_at) VALUES (?, ?, ?)',
  );
  const find = db.prepare<[string], { profile_id: string }>(
    'SELECT profile_id FROM attendee_token WHERE token_hash = ?',
  );
  const move = db.prepare<[string, string]>('UPDATE attendee_token SET profile_id = ? WHERE profile_id = ?');
  return {
    /** A new token for the profile; the caller holds the transaction that made the profile. */
    issue(profileId: string, createdAt: string): string {
      const token = randomBytes(TOKEN_BYTES).toString('base64url');
      insert.run(hashToken(token), profileId, createdAt);
      return token;
    },
    /** The profile a token opens, or undefined (unknown, malformed, or its profile erased). */
    profileOf(token: string): string | undefined {
      if (!TOKEN_PATTERN.test(token)) return undefined;
      return find.get(hashToken(token))?.profile_id;
    },
    /** Every browser of `fromId` now opens `toId` (a merge). */
    moveAll(fromId: string, toId: string): void {
      move.run(toId, fromId);
    },
  };
}

export type AttendeeTokensRepo = ReturnType<typeof createAttendeeTokensRepo>;
