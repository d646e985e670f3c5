declare module '*.mdx' {
  import type { ComponentType } from 'react';
  import type { ExerciseRef, LessonFrontmatter } from '../../shared/content/lesson';

  export const frontmatter: LessonFrontmatter;
  export const exercises: ExerciseRef[];
  const Lesson: ComponentType<{ components?: Record<string, ComponentType<never>> }>;
  export default Lesson;
}
