import { formatCount } from '../../shared/format/index';
import { CSS_PX_PER_MM } from '../../shared/print/page';
import { applyFrenchSpacing } from './french-text';
import { PAGE_BOX } from './geometry';
import { flowBlocks, paginate, type Measure } from './paginate';

const layoutMeasure: Measure = {
  contentHeight: (body) => body.getBoundingClientRect().height,
  height: (element) => element.getBoundingClientRect().height,
};

/**
 * Lays the drawn flow out on pages: a copy of it gets French spacing (before
 * measuring, as no-break spaces move line breaks), the paginator deals its
 * blocks onto sheets, then every `[data-page-of]` gets the number of the page
 * where its `[data-toc-anchor]` landed. Those numbers are exact: every break
 * is one the paginator made. Returns the number of pages.
 */
export function layOut(flow: HTMLElement, book: HTMLElement): number {
  const source = flow.cloneNode(true) as HTMLElement;
  applyFrenchSpacing(source);
  book.replaceChildren();
  const doc = book.ownerDocument;
  const bodies = paginate(flowBlocks(source), {
    pageHeight: PAGE_BOX.packHeightPx,
    measure: layoutMeasure,
    minSplit: 25 * CSS_PX_PER_MM,
    minTextSplit: 18 * CSS_PX_PER_MM,
    newPage: () => {
      const sheet = doc.createElement('div');
      sheet.className = 'print-sheet';
      // CSSOM, not a style attribute: the CSP forbids inline style text.
      sheet.style.height = `${PAGE_BOX.sheetHeightMm}mm`;
      const body = doc.createElement('div');
      body.className = 'print-page-body';
      sheet.append(body);
      book.append(sheet);
      return body;
    },
  });
  const pageOf = new Map<string, number>();
  bodies.forEach((body, index) => {
    for (const anchor of body.querySelectorAll('[data-toc-anchor]')) {
      const id = anchor.getAttribute('data-toc-anchor')!;
      if (!pageOf.has(id)) pageOf.set(id, index + 1);
    }
  });
  for (const slot of book.querySelectorAll('[data-page-of]')) {
    const page = pageOf.get(slot.getAttribute('data-page-of')!);
    slot.textContent = page === undefined ? '—' : formatCount(page);
  }
  return bodies.length;
}
