import { z } from 'zod';

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

/** The exercise components an MDX lesson may use, each keyed by a stable id. */
export const EXERCISE_COMPONENTS = ['FunnelExercise'] as const;
export type ExerciseComponent = (typeof EXERCISE_COMPONENTS)[number];

export interface ExerciseRef {
  component: ExerciseComponent;
  id: string;
}
