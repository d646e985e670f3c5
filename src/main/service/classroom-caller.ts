/**
 * Who is calling, as the host adapter knows it — never as the request says:
 * - the trainer: IPC from the app's own window, or the web host on loopback;
 * - an attendee: a request on the room's listener whose cookie token names
 *   this profile (the profile comes from the token, never from the input);
 * - a visitor: a request on the room's listener without a valid token. It
 *   may only join; `startSession` hands the new token to the adapter, which
 *   puts it in an HttpOnly cookie (it never travels in a JSON body).
 */
export type Caller =
  | { role: 'trainer' }
  | { role: 'attendee'; profileId: string; address: string }
  | { role: 'visitor'; address: string; startSession(token: string): void };

export const TRAINER: Caller = Object.freeze({ role: 'trainer' });
