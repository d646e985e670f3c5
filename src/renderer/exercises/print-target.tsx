import { createContext, useContext } from 'react';

/**
 * Set by the print view: where exercises draw their print view instead of
 * their live one. The lesson's text is laid out hidden; only the exercises,
 * wherever they sit in it, come out in the PDF, in lesson order.
 */
export const PrintTarget = createContext<HTMLElement | null>(null);

export const usePrintTarget = () => useContext(PrintTarget);
