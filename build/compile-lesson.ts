import { bundleMDX } from 'mdx-bundler';
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { lessonFrontmatter, type ExerciseRef, type LessonFrontmatter } from '../src/shared/content/lesson';
import { collectExercises } from './collect-exercises';

export interface CompiledLesson {
  frontmatter: LessonFrontmatter;
  exercises: ExerciseRef[];
  /** mdx-bundler's function body: takes React, ReactDOM and _jsx_runtime, returns the module. */
  code: string;
}

/** Compiles one MDX lesson and checks its frontmatter; throws with the file name on any fault. */
export async function compileLesson(file: string): Promise<CompiledLesson> {
  const source = await readFile(file, 'utf8');
  const exercises: ExerciseRef[] = [];
  const result = await bundleMDX({
    source,
    cwd: dirname(file),
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), collectExercises(exercises, basename(file))];
      return options;
    },
  });
  const frontmatter = lessonFrontmatter.safeParse(result.frontmatter);
  if (!frontmatter.success) {
    const issue = frontmatter.error.issues[0];
    throw new Error(`${basename(file)}: frontmatter ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const ids = exercises.map((e) => e.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`${basename(file)}: exercise id "${duplicate}" is used twice`);
  return { frontmatter: frontmatter.data, exercises, code: result.code };
}

/**
 * The lesson as an ES module for the renderer bundle. The compiled code runs
 * once at import, so the renderer needs no eval and its CSP can forbid it.
 */
export function lessonModule({ frontmatter, exercises, code }: CompiledLesson): string {
  return [
    "import * as React from 'react';",
    "import * as ReactDOM from 'react-dom';",
    "import * as _jsx_runtime from 'react/jsx-runtime';",
    `export const frontmatter = ${JSON.stringify(frontmatter)};`,
    `export const exercises = ${JSON.stringify(exercises)};`,
    `const lesson = (function (React, ReactDOM, _jsx_runtime) {\n${code}\n})(React, ReactDOM, _jsx_runtime);`,
    'export default lesson.default;',
  ].join('\n');
}
