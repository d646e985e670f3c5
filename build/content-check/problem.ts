import type { LessonParts } from './lesson-parts';
import type { ParsedLesson } from './mdx-tree';
import type { Glossary } from '../../src/shared/content/glossary';

/** One fault, where it is: printed as `file:line: message`. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** A lesson as the rules see it. */
export interface CheckedLesson extends ParsedLesson {
  /** Path as given to the checker (relative to where it runs), for messages. */
  file: string;
  parts: LessonParts;
}

/** What the whole set of lessons is checked against. */
export interface CheckContext {
  lessons: CheckedLesson[];
  source: string;
  glossary: Glossary;
  glossaryFile: string;
}

export type Rule = (context: CheckContext) => Problem[];

export function formatProblem({ file, line, message }: Problem): string {
  return `${file}:${line}: ${message}`;
}
