import type { ReactNode } from 'react';
import { lessonStrings as s } from './lesson-strings';

/** Invented numbers for practice, always under a visible « Données illustratives » label (on screen and printed). */
export function Illustrative({ children }: { children?: ReactNode }) {
  return (
    <div className="illustrative" role="note">
      <p className="illustrative-label">
        <strong>{s.illustrativeLabel}</strong> — {s.illustrativeHint}
      </p>
      {children}
    </div>
  );
}
