/**
 * What the live region says about the length: nothing while there is room,
 * one sentence once nine tenths are used, another at the limit. It changes
 * twice at most, so a screen reader is not told every keystroke.
 */
export function lengthAnnouncement(
  used: number,
  max: number,
  say: { nearlyAll: (left: number) => string; allUsed: (max: number) => string },
): string {
  if (used >= max) return say.allUsed(max);
  const margin = Math.max(1, Math.round(max / 10));
  return max - used <= margin ? say.nearlyAll(margin) : '';
}
