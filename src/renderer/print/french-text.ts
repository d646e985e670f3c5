import { frenchSpacing } from '../../shared/format/index';

const NBSP = '\u00a0';
const NARROW = '\u202f';

/**
 * Applies French punctuation spacing to every text of a printed subtree, in
 * place. A mark often starts a text of its own (« Score : » then a number in
 * JSX), so the space that ended the previous text is fixed too. Texts under
 * `[data-verbatim]` (codes, the attendee's identifiers) are left as written.
 */
export function applyFrenchSpacing(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let previous: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.parentElement?.closest('[data-verbatim]') || text.data.trim() === '') continue;
    text.data = frenchSpacing(text.data);
    if (previous && / +$/.test(previous.data)) {
      if (text.data.startsWith(':')) previous.data = previous.data.replace(/ +$/, NBSP);
      else if (/^[;!?%»]/.test(text.data)) previous.data = previous.data.replace(/ +$/, NARROW);
      else if (/^[\u00a0\u202f]/.test(text.data)) previous.data = previous.data.replace(/ +$/, '');
    }
    if (previous?.data.endsWith(`«${NARROW}`)) text.data = text.data.replace(/^ +/, '');
    previous = text;
  }
}
