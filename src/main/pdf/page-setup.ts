import { mm, mmToInches, PRINT_PAGE } from '../../shared/print/page';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Fonts every Debian/Ubuntu desktop has (and Electron's Chromium finds on
 * Windows and macOS): the footer is drawn apart from the page, so it cannot
 * use the print view's own fonts, and it must never reach the network.
 */
const FOOTER_FONTS = `'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif`;

/** Header and footer drawn in the page margins; Chromium fills `pageNumber` and `totalPages`. */
export function footerTemplate(footer: string): string {
  const side = mm(PRINT_PAGE.marginMm);
  return (
    `<div style="box-sizing:border-box;width:100%;padding:0 ${side};display:flex;justify-content:space-between;` +
    `gap:6mm;font-family:${FOOTER_FONTS};font-size:8pt;color:#555;">` +
    `<span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis;">${escapeHtml(footer)}</span>` +
    `<span style="white-space:nowrap;">page <span class="pageNumber"></span> / <span class="totalPages"></span></span>` +
    `</div>`
  );
}

/** Left empty: Chromium's default header (date, URL) has no place in the workbook. */
export const HEADER_TEMPLATE = '<span></span>';

/** The options of playwright's `page.pdf`, for the system Chromium. */
export function playwrightPdfOptions(footer: string) {
  const margin = mm(PRINT_PAGE.marginMm);
  return {
    format: PRINT_PAGE.format,
    margin: { top: margin, right: margin, bottom: margin, left: margin },
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: HEADER_TEMPLATE,
    footerTemplate: footerTemplate(footer),
    // Accessible PDF with bookmarks from the print view's headings.
    tagged: true,
    outline: true,
  };
}

/** The same setup for Electron's `webContents.printToPDF` (margins in inches there). */
export function electronPdfOptions(footer: string) {
  const margin = mmToInches(PRINT_PAGE.marginMm);
  return {
    pageSize: PRINT_PAGE.format,
    margins: { top: margin, right: margin, bottom: margin, left: margin },
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: HEADER_TEMPLATE,
    footerTemplate: footerTemplate(footer),
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}
