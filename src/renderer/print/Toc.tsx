import { printStrings as p } from './print-strings';

export interface TocEntry {
  /** Matches the `data-toc-anchor` of the block the entry points to. */
  anchor: string;
  number?: string;
  title: string;
}

/**
 * The table of contents. Page numbers are filled once the book is laid out
 * (lay-out.ts); the slot is there from the start, so filling it moves nothing.
 */
export function Toc({ entries }: { entries: readonly TocEntry[] }) {
  return (
    <nav className="print-toc" data-break-before="page" data-print-keep aria-labelledby="print-toc-title">
      <h1 id="print-toc-title">{p.contents}</h1>
      <ol>
        {entries.map((entry) => (
          <li key={entry.anchor}>
            <span className="print-toc-number">{entry.number ?? ''}</span>
            <span className="print-toc-title">{entry.title}</span>
            <span className="print-toc-leader" aria-hidden="true" />
            <span className="print-toc-page" data-page-of={entry.anchor}>
              00
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
