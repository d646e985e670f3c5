import { useEffect, useRef, useState, type ReactNode } from 'react';
import { layOut } from './lay-out';
import './fonts';
import './print.css';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

interface BookProps {
  job: string;
  /** The text of every page's footer (the pipeline draws it), and the PDF's title. */
  footer: string;
  title: string;
  /** The flow's data is loaded: lay it out once it is drawn. */
  loaded: boolean;
  children: ReactNode;
}

/**
 * A printed book: `children` are drawn once in a flow at the page's width,
 * then dealt onto A4 sheets (see lay-out.ts). The sheets are plain DOM React
 * never touches. Ready for the printers (`data-print-ready`) once the fonts
 * are in and every page is laid out.
 */
export function Book({ job, footer, title, loaded, children }: BookProps) {
  const flow = useRef<HTMLDivElement>(null);
  const book = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(0);
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    if (!loaded) return;
    let live = true;
    void (async () => {
      // Exercises draw into the flow through portals, a commit after their lesson: let them land.
      await nextFrame();
      await nextFrame();
      // Measuring before the bundled fonts are in would break lines where the PDF does not.
      await document.fonts.ready;
      if (!live || !flow.current || !book.current) return;
      setPages(layOut(flow.current, book.current));
    })();
    return () => {
      live = false;
    };
  }, [loaded]);
  const ready = pages > 0;
  return (
    <div
      className="print-book"
      data-print-job={job}
      data-print-ready={ready ? 'true' : 'false'}
      data-print-footer={footer}
      data-pages={pages || undefined}
    >
      <div ref={book} className="print-pages" />
      <div ref={flow} className="print-flow" hidden={ready} aria-hidden={ready || undefined}>
        {children}
      </div>
    </div>
  );
}
