import { z } from 'zod';
import raw from 'virtual:lesson-manifest';
import { EXERCISE_KINDS, type ExerciseKind } from '../exercises/kinds';
import { EXERCISE_COMPONENTS, lessonFrontmatter } from './lesson';

const exerciseEntry = z.strictObject({
  id: z.string(),
  component: z.enum(EXERCISE_COMPONENTS),
  kind: z.enum(Object.keys(EXERCISE_KINDS) as [ExerciseKind, ...ExerciseKind[]]),
});

/**
 * Every lesson of this build, in order, with its frontmatter (title, duration,
 * objectives…) and exercises: what answers and sessions may name, and all the
 * renderer shows of a lesson until it loads the lesson's body (`file`, in content/).
 */
export const lessonManifest = z.strictObject({
  lessons: z.array(
    lessonFrontmatter.extend({
      file: z.string().regex(/^[\w.-]+\.mdx$/),
      exercises: z.array(exerciseEntry),
    }),
  ),
});
export type LessonManifest = z.infer<typeof lessonManifest>;
export type ManifestExercise = z.infer<typeof exerciseEntry>;

export const LESSON_MANIFEST: LessonManifest = lessonManifest.parse(raw);

export const LESSON_IDS: readonly string[] = LESSON_MANIFEST.lessons.map((lesson) => lesson.id);

const exercises = new Map(LESSON_MANIFEST.lessons.flatMap((lesson) => lesson.exercises.map((e) => [e.id, e])));

export const EXERCISES: readonly ManifestExercise[] = [...exercises.values()];
export const EXERCISE_IDS: readonly string[] = [...exercises.keys()];

export function isLessonId(id: string): boolean {
  return LESSON_IDS.includes(id);
}

export function findExercise(id: string): ManifestExercise | undefined {
  return exercises.get(id);
}
