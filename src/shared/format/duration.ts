/** A no-break space: « 6 h » and « 15 min » never wrap apart. */
const NBSP = '\u00a0';

/**
 * A length of time in French: 375 → « 6 h 15 », 60 → « 1 h », 45 → « 45 min »,
 * 65 → « 1 h 05 ». Minutes are rounded to the nearest one; a negative or
 * non-finite value shows as "—".
 */
export function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) return '—';
  const total = Math.round(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest}${NBSP}min`;
  if (rest === 0) return `${hours}${NBSP}h`;
  return `${hours}${NBSP}h${NBSP}${String(rest).padStart(2, '0')}`;
}

/** A number of hours (a session's duration, 6.5) in the same words: « 6 h 30 ». */
export function formatHours(hours: number): string {
  return formatDuration(hours * 60);
}
