const dayFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
/**
 * Moments are read in Morocco's time, where the day is held: a browser set to
 * another zone (a visitor's laptop, a machine never configured) shows the
 * same times as the trainer's screen.
 */
export const DAY_TIME_ZONE = 'Africa/Casablanca';
const momentFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: DAY_TIME_ZONE,
});

/** "2026-05-02" (a calendar day) → "2 mai 2026"; "2026-05-01" → "1er mai 2026". Anything else is shown as it was given. */
export function formatDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  // Date rolls "2026-02-30" over to 2 March: a day that does not exist is shown as typed, not as another day.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDay) return isoDay;
  // French writes the first day of a month as an ordinal: « 1er mai », never « 1 mai ».
  return dayFormat.format(date).replace(/^1 /, '1er ');
}

/** An ISO timestamp → "30 nov. 2026, 10:14", in Casablanca's time whatever the machine's zone. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : momentFormat.format(date);
}
