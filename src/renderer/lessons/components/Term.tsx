import type { ReactNode } from 'react';
import { glossary } from './glossary-data';

/** A word defined in the glossary: its definition on hover and in the lesson's `<Glossary>` listing. */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const entry = glossary[id];
  return (
    <span className="term" title={entry?.definition} data-term={id}>
      {children ?? entry?.term ?? id}
    </span>
  );
}
