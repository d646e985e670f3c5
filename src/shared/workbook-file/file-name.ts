/** Longest name part of a file name, in characters: the rest of the name stays readable in a dialog. */
const MAX_NAME_PART = 60;

/**
 * A person's name as a file-name part: accents dropped (é → e), letters of
 * every script kept (Arabic stays Arabic), anything else a dash, lower case.
 */
export function fileNamePart(name: string): string {
  const part = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}_-]/gu, '-')
    // Dashes in a row (typed, or a run of spaces and signs) make one.
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return [...part].slice(0, MAX_NAME_PART).join('').replace(/-$/, '');
}

/**
 * `cahier-<date>-<name><ext>`: the name every exported workbook gets, as a
 * .cmwb file or a PDF. No name (several attendees) is `tous`; a name with
 * nothing printable left is `participant`.
 */
export function workbookFileName(date: string, name: string | undefined, extension: string): string {
  const who = name === undefined ? 'tous' : fileNamePart(name) || 'participant';
  return `cahier-${date}-${who}${extension}`;
}
