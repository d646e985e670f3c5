// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { flowBlocks, paginate, type Measure } from './paginate';

/**
 * happy-dom lays nothing out, so heights are declared: `data-h` on an element
 * is its height; a text-only element is 10 px per started line of
 * `data-chars` characters; anything else is the sum of its children.
 */
function heightOf(node: Node): number {
  if (!(node instanceof Element)) return 0;
  if (node.hasAttribute('data-h')) return Number(node.getAttribute('data-h'));
  if (node.hasAttribute('data-chars')) {
    const length = (node.textContent ?? '').length;
    return Math.ceil(length / Number(node.getAttribute('data-chars'))) * 10;
  }
  return [...node.childNodes].reduce((sum, child) => sum + heightOf(child), 0);
}

const measure: Measure = { contentHeight: heightOf, height: heightOf };

let book: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="flow"></div><div id="book"></div>';
  book = document.getElementById('book')!;
});

function run(html: string, pageHeight = 100) {
  const flow = document.getElementById('flow')!;
  flow.innerHTML = html;
  const pages = paginate(flowBlocks(flow), {
    pageHeight,
    measure,
    minSplit: 30,
    minTextSplit: 30,
    newPage: () => {
      const body = document.createElement('div');
      book.append(body);
      return body;
    },
  });
  /** What each page holds, by the `id` of its top-level blocks (a split part keeps its id). */
  return pages.map((page) => [...page.children].map((child) => child.id || child.tagName.toLowerCase()));
}

describe('paginate', () => {
  it('packs blocks greedily, page after page', () => {
    const pages = run('<p id="a" data-h="40"></p><p id="b" data-h="40"></p><p id="c" data-h="40"></p>');
    expect(pages).toEqual([['a', 'b'], ['c']]);
  });

  it('starts a page where a block asks for it', () => {
    const pages = run('<p id="a" data-h="10"></p><section id="b" data-h="10" data-break-before="page"></section>');
    expect(pages).toEqual([['a'], ['b']]);
  });

  it('looks through data-print-flow wrappers', () => {
    const pages = run('<div data-print-flow><p id="a" data-h="60"></p><p id="b" data-h="60"></p></div>');
    expect(pages).toEqual([['a'], ['b']]);
  });

  it('never leaves a heading at the bottom of a page: it goes on with the next block', () => {
    const pages = run(
      '<p id="a" data-h="70"></p><h2 id="h" data-h="10"></h2><div id="b" data-print-keep data-h="30"></div>',
    );
    expect(pages).toEqual([['a'], ['h', 'b']]);
  });

  it('moves a small block that does not fit whole to the next page rather than splitting it', () => {
    const pages = run('<p id="a" data-h="85"></p><ul id="list"><li data-h="10"></li><li data-h="10"></li></ul>');
    expect(pages).toEqual([['a'], ['list']]);
    expect(book.children[1]!.querySelectorAll('li')).toHaveLength(2);
  });

  it('never splits a table row, and repeats the table header on the next page', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `<tr data-h="10"><td>r${i}</td></tr>`).join('');
    run(`<table id="t"><thead data-h="10"><tr><th>Champ</th></tr></thead><tbody>${rows}</tbody></table>`);
    const [first, second] = [...book.children];
    expect(first!.querySelectorAll('tbody tr')).toHaveLength(9);
    expect(second!.querySelector('thead')?.textContent).toBe('Champ');
    expect(second!.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(second!.querySelector('tbody tr')?.textContent).toBe('r9');
  });

  it('splits a block taller than a page between its children, keeping a heading with what follows', () => {
    const pages = run(
      '<section id="s"><h3 data-h="10">Quiz</h3><div data-h="50"></div><h4 data-h="10"></h4><div data-h="50"></div></section>',
    );
    expect(pages).toEqual([['s'], ['s']]);
    const [first, second] = [...book.children];
    expect([...first!.firstElementChild!.children].map((c) => c.tagName)).toEqual(['H3', 'DIV']);
    expect([...second!.firstElementChild!.children].map((c) => c.tagName)).toEqual(['H4', 'DIV']);
    expect(second!.firstElementChild!.hasAttribute('data-print-continued')).toBe(true);
  });

  it('splits a long text between words, losing none and repeating none', () => {
    const words = Array.from({ length: 400 }, (_, i) => `mot${i}`);
    const text = words.join(' ');
    run(`<p id="r" data-chars="100">${text}</p>`);
    const parts = [...book.children].map((page) => page.textContent ?? '');
    expect(parts.length).toBeGreaterThan(1);
    for (const page of book.children) expect(heightOf(page)).toBeLessThanOrEqual(100);
    expect(parts.join(' ').split(/\s+/)).toEqual(words);
  });

  it('prints an element too tall for any page and impossible to split rather than looping', () => {
    const pages = run('<figure id="big" data-h="150"></figure><p id="after" data-h="10"></p>');
    expect(pages).toEqual([['big'], ['after']]);
  });
});
