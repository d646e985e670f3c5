/**
 * Whether this page is an attendee's, in the room (set once by the
 * ClassroomGate from `classroom.me`). Read where behaviour differs: an
 * attendee's answers wait out a network drop instead of failing.
 */
let attendee = false;

export function setAttendeePage(on: boolean): void {
  attendee = on;
}

export function isAttendeePage(): boolean {
  return attendee;
}
