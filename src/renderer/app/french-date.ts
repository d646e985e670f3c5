/**
 * A calendar day typed the French way. The browser's own date field shows
 * the browser's locale (05/02/2026 in an American Chromium reads as 2 May…
 * or 5 February): a text field with « jj/mm/aaaa » reads the same everywhere.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2026-06-11" → "11/06/2026"; '' stays ''. */
export function toFrenchDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/**
 * "11/06/2026", "11-6-2026", "11.06.2026" or "2026-06-11" → "2026-06-11";
 * null for anything else (a day the calendar does not have included).
 */
export function parseFrenchDate(text: string): string | null {
  const typed = text.trim();
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const [year, month, day] = french
    ? [Number(french[3]), Number(french[2]), Number(french[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year)) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
