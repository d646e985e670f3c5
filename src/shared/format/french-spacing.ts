/** Narrow no-break space (espace fine insécable): before ; ! ? % and inside « ». */
const NARROW = '\u202f';
/** No-break space (espace mot insécable): before the colon, as French typography wants. */
const NBSP = '\u00a0';

/**
 * French punctuation spacing for printed prose: the space an author typed
 * before `: ; ! ? %` becomes a no-break one, so a line never starts with the
 * mark; « and » get a narrow no-break space inside them (added when missing).
 * Only an existing space is replaced before `: ; ! ? %`: « 10:30 », « https:// »
 * and « ?! » stay as they are.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+(?=:)/g, NBSP)
    .replace(/[ \u00a0\u202f]+(?=[;!?%])/g, NARROW)
    .replace(/«[ \u00a0\u202f]*/g, `«${NARROW}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NARROW}»`);
}
