/** The attendee's token, in a cookie the page's scripts cannot read (HttpOnly) and no other site can send (Strict). */
export const ROOM_COOKIE = 'cmday_salle';

/** A week: the day of training, and the follow-up days an attendee may come back to finish. */
const COOKIE_MAX_AGE_S = 7 * 24 * 3600;

/** The token of a `Cookie` header, or undefined. */
export function tokenFromCookies(header: string | undefined): string | undefined {
  if (!header || header.length > 8192) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === ROOM_COOKIE) return value.join('=');
  }
  return undefined;
}

/** No `Secure`: the room is plain HTTP on the local network (there is no certificate to have). */
export function sessionCookie(token: string): string {
  return `${ROOM_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${COOKIE_MAX_AGE_S}`;
}
