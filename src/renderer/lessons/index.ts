import type { ComponentType } from 'react';
import type { ExerciseRef, LessonFrontmatter } from '../../shared/content/lesson';
import { LESSON_MANIFEST } from '../../shared/content/manifest';

/** A lesson as every page knows it at once: from the lesson manifest, without its text. */
export interface Lesson {
  frontmatter: LessonFrontmatter;
  exercises: ExerciseRef[];
}

export type LessonComponent = ComponentType<{ components?: Record<string, ComponentType<never>> }>;

interface LessonModule {
  frontmatter: LessonFrontmatter;
  default: LessonComponent;
}

// Each lesson's text, compiled at build time by build/vite-plugin-lessons, is its own chunk, loaded when a page needs it.
const modules = import.meta.glob<LessonModule>('../../../content/*.mdx');
const loaderOf = (file: string) => modules[`../../../content/${file}`];

const files = new Map<string, string>();
export const lessons: Lesson[] = LESSON_MANIFEST.lessons.map(({ file, exercises, ...frontmatter }) => {
  files.set(frontmatter.id, file);
  return { frontmatter, exercises: exercises.map(({ id, component }) => ({ id, component })) };
});

export function findLesson(id: string): Lesson | undefined {
  return lessons.find((lesson) => lesson.frontmatter.id === id);
}

/** The session's lessons in its order; a session that lists none has them all. */
export function lessonsOf(session: { lessons: readonly string[] }): Lesson[] {
  if (session.lessons.length === 0) return lessons;
  return session.lessons.map(findLesson).filter((lesson): lesson is Lesson => lesson !== undefined);
}

export class LessonLoadError extends Error {}

export const LESSON_LOAD_FAILED =
  'Le texte de la leçon n’a pas pu être chargé : vérifiez que l’application est toujours ouverte, puis rechargez la page.';

const loading = new Map<string, Promise<LessonComponent>>();
const texts = new Map<string, LessonComponent>();

/**
 * The lesson's text, loaded once (a second call, or a call made while the
 * first is on its way, gets the same promise). A failed load is forgotten, so
 * the next visit tries again.
 */
export function loadLesson(lesson: Lesson): Promise<LessonComponent> {
  const { id } = lesson.frontmatter;
  let promise = loading.get(id);
  if (!promise) {
    const load = loaderOf(files.get(id) ?? '');
    promise = Promise.resolve()
      .then(() => (load ? load() : Promise.reject(new Error(`no module for lesson ${id}`))))
      .then((module) => {
        // The manifest and the module come from the same file: a mismatch is a build fault.
        if (module.frontmatter.id !== id) throw new Error(`lesson ${id} loaded ${module.frontmatter.id}`);
        texts.set(id, module.default);
        return module.default;
      })
      .catch((error: unknown) => {
        loading.delete(id);
        throw new LessonLoadError(LESSON_LOAD_FAILED, { cause: error });
      });
    loading.set(id, promise);
  }
  return promise;
}

/** Several lessons with their text (the print views need every lesson of the day), in the order given. */
export function loadLessons(list: readonly Lesson[]): Promise<LessonComponent[]> {
  return Promise.all(list.map(loadLesson));
}

/** The lesson's text if it is loaded already, else undefined: pages wait for it first (useLessonTexts). */
export function loadedText(lesson: Lesson): LessonComponent | undefined {
  return texts.get(lesson.frontmatter.id);
}
