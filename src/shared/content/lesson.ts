import { z } from 'zod';
import type { ExerciseComponent } from '../exercises/kinds';

/** What every lesson declares in its MDX frontmatter. */
export const lessonFrontmatter = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  title: z.string().min(1),
  case: z.string().min(1),
  durationMin: z.int().positive().max(480),
  objectives: z.array(z.string().min(1)).min(1),
  lang: z.enum(['fr', 'en']),
});
export type LessonFrontmatter = z.infer<typeof lessonFrontmatter>;

// The exercise components an MDX lesson may use come from the kinds (src/shared/exercises/kinds.ts).
export { EXERCISE_COMPONENTS, COMPONENT_KINDS, kindOfComponent, isExerciseComponent } from '../exercises/kinds';
export type { ExerciseComponent } from '../exercises/kinds';

/** One exercise of a lesson, as the build finds it: keyed by a stable id. */
export interface ExerciseRef {
  component: ExerciseComponent;
  id: string;
}
