import { createContext, useContext, type ReactNode } from 'react';
import { Illustrative } from '../lessons/components/Illustrative';

const InIllustrativeContext = createContext(false);

/**
 * In the printed workbook only exercises leave the lesson's text, so the
 * « Données illustratives » box around them is lost: this one tells the
 * exercises inside it (context crosses portals) to carry the label themselves.
 */
export function PrintIllustrative({ children }: { children?: ReactNode }) {
  return (
    <InIllustrativeContext.Provider value={true}>
      <Illustrative>{children}</Illustrative>
    </InIllustrativeContext.Provider>
  );
}

/** The exercise sits inside a lesson's `<Illustrative>`: its numbers are invented. */
export const useInIllustrative = () => useContext(InIllustrativeContext);
