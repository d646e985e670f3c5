/** RFC 5987 value characters: the rest is percent-encoded UTF-8. */
const encodeRfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** For browsers that read only `filename`: accents dropped, anything else outside ASCII an underscore. */
function asciiFallback(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\x20-\x7E]/g, '_')
    .replace(/["\\]/g, '_');
}

/**
 * `attachment` with the file's name twice: `filename*` (RFC 5987/6266, UTF-8)
 * keeps « Hélène » or an Arabic name as typed, `filename` is the ASCII
 * fallback. Header values must be Latin-1, so the name is never sent raw.
 */
export function attachment(fileName: string): string {
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
