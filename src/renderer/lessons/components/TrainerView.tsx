import { createContext, useContext, type ReactNode } from 'react';

const TrainerViewContext = createContext(false);

/**
 * Wrap a lesson in this to show its trainer notes (the « Guide du formateur »);
 * attendees' pages never set it, so notes are not even in their page.
 */
export function TrainerView({ children, enabled = true }: { children: ReactNode; enabled?: boolean }) {
  return <TrainerViewContext.Provider value={enabled}>{children}</TrainerViewContext.Provider>;
}

export function useTrainerView(): boolean {
  return useContext(TrainerViewContext);
}
