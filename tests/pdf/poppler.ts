import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

/** Runs a poppler tool on PDF bytes (written to a temp file) and returns its stdout. */
function poppler(tool: string, args: string[], pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'cmday-pdf-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const result = spawnSync(tool, [...args.map((arg) => (arg === '$PDF' ? file : arg))], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
    return result.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text, no-break spaces and bidi marks read as plain spaces / nothing. */
export function pdfText(pdf: Uint8Array, layout = true): string {
  return poppler('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', '$PDF', '-'], pdf)
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** pdfinfo's fields: `Pages`, `Title`, `Tagged`, `Page size`… */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of poppler('pdfinfo', ['$PDF'], pdf).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) fields[match[1]!] = match[2]!.trim();
  }
  return fields;
}

/** Each font of the file with whether it is embedded (pdffonts' `emb` column). */
export function pdfFonts(pdf: Uint8Array): { name: string; embedded: boolean }[] {
  const lines = poppler('pdffonts', ['$PDF'], pdf).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cells = line.trim().split(/\s+/);
    // name type… encoding emb sub uni object ID: emb is the 5th cell from the end.
    return { name: cells[0]!, embedded: cells.at(-5) === 'yes' };
  });
}

/** The page's width and height in points, from pdfinfo's `Page size`. */
export function pageSize(pdf: Uint8Array): [number, number] {
  const match = /^([\d.]+) x ([\d.]+) pts/.exec(pdfInfo(pdf)['Page size'] ?? '');
  return [Number(match?.[1]), Number(match?.[2])];
}

/** A document outline (bookmarks) is in the catalog. */
export function hasOutline(pdf: Uint8Array): boolean {
  return /\/Outlines \d+ 0 R/.test(Buffer.from(pdf).toString('latin1'));
}

/** Renders page 1 to a PNG (a test artifact to look at), and returns its path. */
export function renderFirstPage(pdf: Uint8Array, png: string): string {
  mkdirSync(dirname(png), { recursive: true });
  poppler(
    'pdftoppm',
    ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', '$PDF', png.replace(/\.png$/, '')],
    pdf,
  );
  return png;
}

/** A4 is 595.28 × 841.89 pt; Chromium rounds the sheet to its own pixels (595.92 × 842.88). */
export function expectA4(pdf: Uint8Array): void {
  const [width, height] = pageSize(pdf);
  expect(Math.abs(width - 595.28)).toBeLessThan(1.5);
  expect(Math.abs(height - 841.89)).toBeLessThan(1.5);
}
