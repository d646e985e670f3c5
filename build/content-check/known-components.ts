import { EXERCISE_COMPONENTS } from '../../src/shared/content/lesson';

/**
 * Exercise components lessons may use: the app's kinds (src/shared/exercises/kinds.ts)
 * plus, until they land there, the ones being built now, so lessons written
 * for them can be checked already.
 */
export const EXERCISE_NAMES: ReadonlySet<string> = new Set([...EXERCISE_COMPONENTS, 'Quiz', 'Reflection']);

/** Components for the lesson text itself (src/renderer/lessons/components/). */
export const CONTENT_NAMES: ReadonlySet<string> = new Set([
  'Source',
  'TrainerNote',
  'Illustrative',
  'Term',
  'Glossary',
  'KeyPoints',
]);

/** Inside these, numbers are accounted for: quoted from the source, or labelled illustrative. */
export const LABELLED = { source: 'Source', illustrative: 'Illustrative', trainerNote: 'TrainerNote' } as const;

export const EXERCISE_ID = /^[a-z0-9-]{1,64}$/;
