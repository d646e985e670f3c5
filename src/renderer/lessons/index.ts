import type { ComponentType } from 'react';
import type { ExerciseRef, LessonFrontmatter } from '../../shared/content/lesson';

export interface Lesson {
  frontmatter: LessonFrontmatter;
  exercises: ExerciseRef[];
  Component: ComponentType<{ components?: Record<string, ComponentType<never>> }>;
}

interface LessonModule {
  frontmatter: LessonFrontmatter;
  exercises: ExerciseRef[];
  default: Lesson['Component'];
}

// Compiled at build time by build/vite-plugin-lessons; file names give the order.
const modules = import.meta.glob<LessonModule>('../../../content/*.mdx', { eager: true });

export const lessons: Lesson[] = Object.keys(modules)
  .sort()
  .map((path) => {
    const module = modules[path]!;
    return { frontmatter: module.frontmatter, exercises: module.exercises, Component: module.default };
  });

export function findLesson(id: string): Lesson | undefined {
  return lessons.find((lesson) => lesson.frontmatter.id === id);
}

/** The session's lessons in its order; a session that lists none has them all. */
export function lessonsOf(session: { lessons: readonly string[] }): Lesson[] {
  if (session.lessons.length === 0) return lessons;
  return session.lessons.map(findLesson).filter((lesson): lesson is Lesson => lesson !== undefined);
}
