/**
 * The printed page, decided once: both printers (Electron, system Chromium)
 * print with it, and the print view paginates with it (its table of contents
 * needs to know how much fits on a page). Millimetres throughout.
 */
export const PRINT_PAGE = {
  format: 'A4',
  widthMm: 210,
  heightMm: 297,
  /** The same on all four sides; the footer (« page X / Y ») is drawn inside the bottom one. */
  marginMm: 18,
} as const;

/** The area the print view's content fills on each page. */
export const PRINT_CONTENT_BOX = {
  widthMm: PRINT_PAGE.widthMm - 2 * PRINT_PAGE.marginMm,
  heightMm: PRINT_PAGE.heightMm - 2 * PRINT_PAGE.marginMm,
} as const;

/** CSS pixels per millimetre (96 px to the inch), as Chromium lays out a printed page. */
export const CSS_PX_PER_MM = 96 / 25.4;

/** Millimetres as a CSS length, for printers that take strings ('18mm'). */
export const mm = (value: number): string => `${value}mm`;

/** Millimetres in inches, for printers that take inches (Electron's printToPDF margins). */
export const mmToInches = (value: number): number => value / 25.4;
