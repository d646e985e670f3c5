import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glossarySchema, type Glossary } from '../../src/shared/content/glossary';
import { SOURCE_FILE } from '../../src/shared/content/source';
import { lessonParts } from './lesson-parts';
import { parseLesson } from './mdx-tree';
import type { CheckedLesson, Problem, Rule } from './problem';
import { checkComponents } from './rules/components';
import { checkDuration } from './rules/duration';
import { checkExercises } from './rules/exercises';
import { checkFrontmatter } from './rules/frontmatter';
import { checkGlossary } from './rules/glossary';
import { checkIds } from './rules/ids';
import { checkNumbers, checkQuotes } from './rules/sources';

export type { Problem } from './problem';
export { formatProblem } from './problem';

export const DEFAULT_SOURCE = join('content', 'sources', SOURCE_FILE);
export const DEFAULT_GLOSSARY = join('content', 'glossary.json');

const RULES: Rule[] = [
  checkFrontmatter,
  checkIds,
  checkComponents,
  checkExercises,
  checkQuotes,
  checkNumbers,
  checkGlossary,
  checkDuration,
];

export interface CheckOptions {
  /** Folder whose `*.mdx` files are one training day (not recursive). */
  dir: string;
  source?: string;
  glossary?: string;
}

/** The `*.mdx` files of a folder, in the app's order (file names). */
export async function lessonFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => join(dir, name));
}

/** Compiles every lesson of a folder and returns every problem found, in file order. */
export async function checkContent({ dir, source = DEFAULT_SOURCE, glossary = DEFAULT_GLOSSARY }: CheckOptions) {
  const problems: Problem[] = [];
  const sourceText = await readFile(source, 'utf8').catch(() => {
    problems.push({ file: source, line: 1, message: 'source interview not found' });
    return '';
  });
  const glossaryData = await loadGlossary(glossary, problems);
  const lessons: CheckedLesson[] = [];
  for (const file of await lessonFiles(dir)) {
    const parsed = await parseLesson(file, await readFile(file, 'utf8'));
    lessons.push({ ...parsed, file, parts: parsed.tree ? lessonParts(parsed.tree) : { elements: [], prose: [] } });
  }
  if (lessons.length === 0) problems.push({ file: dir, line: 1, message: 'no .mdx lesson in this folder' });
  const context = { lessons, source: sourceText, glossary: glossaryData, glossaryFile: glossary };
  problems.push(...RULES.flatMap((rule) => rule(context)));
  const order = new Map(lessons.map((lesson, i) => [lesson.file, i]));
  return problems.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || a.line - b.line);
}

async function loadGlossary(file: string, problems: Problem[]): Promise<Glossary> {
  try {
    const parsed = glossarySchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    problems.push({
      file,
      line: 1,
      message: `glossary ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    });
  } catch (error) {
    problems.push({ file, line: 1, message: `glossary unreadable: ${(error as Error).message}` });
  }
  return {};
}
