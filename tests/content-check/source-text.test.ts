import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVerbatim, sourceFigures } from '../../build/content-check/source-text';
import { SOURCE_FILE } from '../../src/shared/content/source';

const copy = join('content', 'sources', SOURCE_FILE);
const original = join('..', 'shared', 'sources', SOURCE_FILE);
const source = readFileSync(copy, 'utf8');

describe('the source interview in the repository', () => {
  it.skipIf(!existsSync(original))('is byte for byte the shared original', () => {
    expect(readFileSync(copy).equals(readFileSync(original))).toBe(true);
  });

  it('has the figures lessons must quote rather than borrow', () => {
    expect([...sourceFigures(source)].sort((a, b) => a - b)).toEqual([1250, 2013, 3000, 24000]);
  });
});

describe('isVerbatim', () => {
  it('accepts a quotation across the file’s line breaks', () => {
    expect(isVerbatim("vendre des produits auprès d'une clientèle ciblée dans le web", source)).toBe(true);
  });

  it('refuses a curly apostrophe where the source has a straight one', () => {
    expect(isVerbatim('vendre des produits auprès d’une clientèle ciblée', source)).toBe(false);
  });

  it('refuses a « corrected » spelling of what the source printed', () => {
    expect(isVerbatim('stagiaire.com, le site des stages', source)).toBe(true);
    expect(isVerbatim('stagiaires.com, le site des stages', source)).toBe(false);
  });

  it('accepts a cut marked […] only when each piece is there, in order', () => {
    expect(isVerbatim("Il ne suffit pas d'ouvrir une page Facebook […] de manière spontanée.", source)).toBe(true);
    expect(isVerbatim("de manière spontanée. […] Il ne suffit pas d'ouvrir une page Facebook", source)).toBe(false);
  });
});
