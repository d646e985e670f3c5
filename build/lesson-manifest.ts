import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';
import type { LessonManifest } from '../src/shared/content/manifest';
import { kindOfComponent } from '../src/shared/exercises/kinds';
import { compileLesson } from './compile-lesson';

export const LESSON_MANIFEST_MODULE = 'virtual:lesson-manifest';
const RESOLVED = `\0${LESSON_MANIFEST_MODULE}`;
const CONTENT_DIR = resolve(import.meta.dirname, '..', 'content');

/**
 * Lesson ids in file-name order (the order the renderer shows them), their
 * frontmatter (titles and durations: the day's programme), their file, and each exercise's id,
 * component and answer kind, from the same compiler the
 * renderer's lessons go through. An exercise id used by two lessons is a
 * build error: ids key saved answers.
 */
export async function buildLessonManifest(dir = CONTENT_DIR): Promise<{ manifest: LessonManifest; files: string[] }> {
  const files = (await readdir(dir))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => join(dir, name));
  const lessons: LessonManifest['lessons'] = [];
  const owner = new Map<string, string>();
  for (const file of files) {
    const { frontmatter, exercises } = await compileLesson(file);
    if (lessons.some((lesson) => lesson.id === frontmatter.id)) {
      throw new Error(`${file}: lesson id "${frontmatter.id}" is used by another lesson`);
    }
    for (const { id } of exercises) {
      if (owner.has(id)) throw new Error(`${file}: exercise id "${id}" is also used in ${owner.get(id)}`);
      owner.set(id, file);
    }
    lessons.push({
      ...frontmatter,
      file: basename(file),
      exercises: exercises.map(({ id, component }) => ({ id, component, kind: kindOfComponent(component) })),
    });
  }
  return { manifest: { lessons }, files };
}

const moduleCode = (manifest: LessonManifest) => `export default ${JSON.stringify(manifest)};`;

/** The module's source and the files it was made from (to watch). */
export async function lessonManifestModule(dir = CONTENT_DIR): Promise<{ code: string; files: string[] }> {
  const { manifest, files } = await buildLessonManifest(dir);
  return { code: moduleCode(manifest), files: [dir, ...files] };
}

/** `import manifest from 'virtual:lesson-manifest'` in main and the renderer (vitest has its own loader of it). */
export function lessonManifestPlugin(dir = CONTENT_DIR): Plugin {
  let serving = false;
  return {
    name: 'cmday-lesson-manifest',
    configResolved: (config) => void (serving = config.command === 'serve'),
    resolveId: (id) => (id === LESSON_MANIFEST_MODULE ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      const { code, files } = await lessonManifestModule(dir);
      // The dev server (npm run dev) takes a watched file for an import: the lessons only, not their folder.
      for (const file of files) if (!serving || file.endsWith('.mdx')) this.addWatchFile(file);
      return code;
    },
  };
}

/** The same module for code bundled by esbuild outside vite (the durability test's child). */
export function lessonManifestEsbuildPlugin(dir = CONTENT_DIR): EsbuildPlugin {
  return {
    name: 'cmday-lesson-manifest',
    setup(build) {
      build.onResolve({ filter: /^virtual:lesson-manifest$/ }, () => ({ path: RESOLVED, namespace: 'cmday' }));
      build.onLoad({ filter: /.*/, namespace: 'cmday' }, async () => ({
        contents: moduleCode((await buildLessonManifest(dir)).manifest),
        loader: 'js',
      }));
    },
  };
}
