import { writtenNumbers } from './numbers';

/** Whitespace collapsed: the source file is wrapped at arbitrary places. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The marker a quotation uses for a cut: each piece around it must be in the source, in order. */
export const ELISION = '[…]';

/**
 * Whether a quotation is in the source word for word (whitespace aside).
 * Apostrophes and quotation marks are compared as written: the source uses
 * straight apostrophes throughout, so a curly one is a misquotation.
 */
export function isVerbatim(quote: string, source: string): boolean {
  const haystack = collapseWhitespace(source);
  const pieces = quote.split(ELISION).map(collapseWhitespace);
  if (pieces.some((piece) => piece.length === 0)) return false;
  let from = 0;
  for (const piece of pieces) {
    const at = haystack.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/**
 * The source's figures: numbers of three digits or more (24.000, 3000, 1250, 2013).
 * Smaller ones (the 2 of « 2 mai », « 2.0 ») are too common to be told apart from any example.
 */
export function sourceFigures(source: string): Set<number> {
  return new Set(
    writtenNumbers(source)
      .filter((n) => !n.hasDecimals && n.value >= 100)
      .map((n) => n.value),
  );
}
