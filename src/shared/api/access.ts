import type { z } from 'zod';

/**
 * Who may call a method:
 * - `trainer`: the trainer's own screen only (IPC, or the web host on loopback);
 * - `attendee`: also an attendee of the room, on their own data only (every
 *   `profileId` / `profileIds` of the input must be the one their token names);
 * - `visitor`: anyone who reached a listener, even without a token (joining the room).
 * The trainer may call every method.
 */
export type Access = 'trainer' | 'attendee' | 'visitor';

/** What every contract entry must say: a method without `access` does not type-check. */
export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  access: Access;
  maxBodyBytes?: number;
}
