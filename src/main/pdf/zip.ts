import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  /** File bytes, or text (written as UTF-8). */
  content: Uint8Array | string;
}

/** `cahier-x.pdf`, `cahier-x-2.pdf`…: two attendees with one name both get their file. */
function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${stem}-${n}${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * One zip of the given files. PDFs are already compressed: stored as they are
 * (level 0), which is as small and much faster. Names in UTF-8 (fflate sets
 * the zip's UTF-8 flag), so accents and Arabic survive in every unzip tool.
 */
export function zipFiles(entries: readonly ZipEntry[], mtime: Date = new Date()): Uint8Array {
  const taken = new Set<string>();
  const files: Zippable = {};
  for (const { name, content } of entries) {
    const bytes = typeof content === 'string' ? strToU8(content) : content;
    files[uniqueName(name, taken)] = [bytes, { level: typeof content === 'string' ? 6 : 0, mtime }];
  }
  return zipSync(files);
}
