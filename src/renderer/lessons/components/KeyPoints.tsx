import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { lessonStrings as s } from './lesson-strings';

/**
 * Set by the printed workbook: where a lesson's « À retenir » goes. The
 * lesson's text is laid out hidden there, and only its exercises and its key
 * points come out in the PDF.
 */
export const KeyPointsTarget = createContext<HTMLElement | null>(null);

/** The lesson's « À retenir »: its heading is part of it, so the workbook can print it on its own. */
export function KeyPoints({ children }: { children?: ReactNode }) {
  const target = useContext(KeyPointsTarget);
  const section = (
    <section className="key-points">
      <h2>{s.keyPoints}</h2>
      {children}
    </section>
  );
  return target ? createPortal(section, target) : section;
}
