/**
 * The print view's paginator. Chromium cannot number pages in a table of
 * contents (`target-counter`), so the print view decides every page break
 * itself: it deals copies of the laid-out blocks onto fixed-height pages
 * (`break-after: page` between them), and then knows on which page each
 * lesson starts.
 *
 * Rules, in order:
 * - a block marked `data-break-before="page"` starts a page;
 * - a block goes whole onto the page when it fits;
 * - a block that does not fit goes whole to the next page when it is atomic
 *   (a table row, a chart, a heading, `data-print-keep`) or small; otherwise
 *   it is split between its children (tables repeat their header), and a
 *   text-only paragraph between words;
 * - a heading (or `dt`, `thead`, `data-keep-with-next`) never ends a page or
 *   a split part: it moves on with what follows it.
 */

export interface Measure {
  /** Height, in px, of everything on one page body as laid out now. */
  contentHeight(body: HTMLElement): number;
  /** Height, in px, of one element as laid out now. */
  height(element: Element): number;
}

export interface PaginateOptions {
  /** The height a page body may fill, in px. */
  pageHeight: number;
  /** Adds an empty page to the book and returns its body. */
  newPage(): HTMLElement;
  measure: Measure;
  /** Elements shorter than this are never split (px); a text-only one below `minTextSplit`. */
  minSplit: number;
  minTextSplit: number;
}

const ATOMIC = new Set(['TR', 'FIGURE', 'SVG', 'svg', 'IMG', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'CAPTION', 'PRE']);

export function keepsWithNext(node: Node): boolean {
  if (!(node instanceof Element)) return false;
  return (
    /^H[1-6]$/.test(node.tagName) ||
    ['DT', 'THEAD', 'CAPTION'].includes(node.tagName) ||
    node.hasAttribute('data-keep-with-next')
  );
}

/** Not split: rows, charts, headings, what asks for it, and what holds no block to split between (or inline text mixed with elements). */
const isAtomic = (element: Element) =>
  ATOMIC.has(element.tagName) ||
  element.hasAttribute('data-print-keep') ||
  element.children.length === 0 ||
  [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');

const isTextOnly = (element: Element) =>
  element.childNodes.length > 0 && [...element.childNodes].every((node) => node.nodeType === Node.TEXT_NODE);

const hasContent = (element: Element) =>
  [...element.childNodes].some((node) =>
    node instanceof Element ? !keepsWithNext(node) : (node.textContent ?? '').trim() !== '',
  );

/** The blocks the paginator deals, in order: children of the flow, looking through `data-print-flow` wrappers. */
export function flowBlocks(flow: Element): Element[] {
  return [...flow.children].flatMap((child) => (child.hasAttribute('data-print-flow') ? flowBlocks(child) : [child]));
}

/** Deals copies of `blocks` onto pages; returns the page bodies in order. */
export function paginate(blocks: readonly Element[], options: PaginateOptions): HTMLElement[] {
  const { pageHeight, measure } = options;
  const overflows = (body: HTMLElement) => measure.contentHeight(body) > pageHeight + 0.5;
  const bodies: HTMLElement[] = [];
  const nextPage = () => {
    const body = options.newPage();
    bodies.push(body);
    return body;
  };
  let body = nextPage();
  /** The block being placed was started on a page with nothing else: something of it must stay there. */
  let startedOnEmptyPage = true;

  /** The trailing headings of a page, taken off it so they go on with the next block (never all it holds). */
  const takeTrailingKeepers = (from: Element): Node[] => {
    const taken: Node[] = [];
    let last = from.lastChild;
    while (last && (keepsWithNext(last) || (last.nodeType === Node.TEXT_NODE && !last.textContent?.trim()))) {
      taken.unshift(last);
      last = last.previousSibling;
    }
    if (!hasContentBefore(from, taken)) return [];
    taken.forEach((node) => from.removeChild(node));
    return taken;
  };
  const hasContentBefore = (from: Element, taken: Node[]) => from.childNodes.length > taken.length;

  const splitText = (element: Element, parent: Element): Element | null => {
    const full = element.textContent ?? '';
    const words = full.split(/(?<=\s)/);
    parent.append(element);
    let fits = 0;
    let high = words.length - 1;
    while (fits < high) {
      const middle = Math.ceil((fits + high) / 2);
      element.textContent = words.slice(0, middle).join('');
      if (overflows(body)) high = middle - 1;
      else fits = middle;
    }
    element.remove();
    element.textContent = full;
    if (fits === 0) return element;
    const rest = element.cloneNode(false) as Element;
    element.textContent = words.slice(0, fits).join('').trimEnd();
    rest.textContent = words.slice(fits).join('').trimStart();
    rest.setAttribute('data-print-continued', '');
    parent.append(element);
    return rest;
  };

  const splitChildren = (element: Element, parent: Element): Element | null => {
    const backup = element.cloneNode(true) as Element;
    const shell = element.cloneNode(false) as Element;
    parent.append(shell);
    const children = [...element.childNodes];
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i]!;
      if (!(child instanceof Element)) {
        shell.append(child);
        continue;
      }
      const left = place(child, shell);
      if (!left) continue;
      const tail = element.cloneNode(false) as Element;
      tail.setAttribute('data-print-continued', '');
      const header = element.tagName === 'TABLE' ? children.find((node) => node.nodeName === 'THEAD') : undefined;
      const moved = takeTrailingKeepers(shell);
      tail.append(...(header ? [header.cloneNode(true)] : []), ...moved, left, ...children.slice(i + 1));
      if (!hasContent(shell) && !(startedOnEmptyPage && shell.childNodes.length > 0)) {
        // Only headings (or nothing) would stay behind: the whole element moves on instead.
        shell.remove();
        element.replaceChildren(...backup.childNodes);
        return element;
      }
      return tail;
    }
    return null;
  };

  /** Puts as much of `element` as fits into `parent`; returns what is left for the next page (itself when nothing fits). */
  function place(element: Element, parent: Element, topLevel = false): Element | null {
    parent.append(element);
    if (!overflows(body)) return null;
    const height = measure.height(element);
    element.remove();
    const tallerThanPage = height > pageHeight;
    if (isTextOnly(element) && !ATOMIC.has(element.tagName)) {
      return height < options.minTextSplit && !tallerThanPage ? element : splitText(element, parent);
    }
    if (isAtomic(element)) return element;
    const minimum = topLevel ? Math.max(options.minSplit, pageHeight * 0.4) : options.minSplit;
    if (height < minimum && !tallerThanPage) return element;
    return splitChildren(element, parent);
  }

  for (const block of blocks) {
    if (block.getAttribute('data-break-before') === 'page' && body.childNodes.length > 0) body = nextPage();
    let rest: Element | null = block.cloneNode(true) as Element;
    while (rest) {
      startedOnEmptyPage = body.childNodes.length === 0;
      const left = place(rest, body, true);
      if (left === null) break;
      if (left === rest && body.childNodes.length === 0) {
        // Too big for any page and cannot be split: printed as is rather than never.
        body.append(rest);
        break;
      }
      const carried = left === rest ? takeTrailingKeepers(body) : [];
      body = nextPage();
      body.append(...carried);
      rest = left;
    }
  }
  return bodies;
}
