import { CSS_PX_PER_MM, PRINT_CONTENT_BOX } from '../../shared/print/page';

/**
 * Chromium may lay a printed line a fraction of a pixel lower than the screen
 * layout the paginator measures: each page is packed this much short of the
 * content box, so a page never spills onto a sheet of its own.
 */
const SAFETY_MM = 3;

/** The content box of one page, in CSS pixels (96 dpi), as the paginator packs it. */
export const PAGE_BOX = {
  widthPx: PRINT_CONTENT_BOX.widthMm * CSS_PX_PER_MM,
  /** The sheet's height in the print view: one printed page's content box less a hair. */
  sheetHeightMm: PRINT_CONTENT_BOX.heightMm - 1,
  packHeightPx: (PRINT_CONTENT_BOX.heightMm - SAFETY_MM) * CSS_PX_PER_MM,
} as const;
