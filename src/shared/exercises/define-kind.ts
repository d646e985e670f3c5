import type { z } from 'zod';

/**
 * Everything the app knows about one kind of exercise, in one place: what a
 * lesson passes to it, what is saved, and how the saved answer reads for the
 * lesson progress, the trainer's dashboard, the CSV and the PDF. Pure: the
 * renderer, the service and the print view all call the same functions.
 */
export interface ExerciseKindDefinition<
  K extends string,
  C extends string,
  A extends z.ZodObject,
  P extends z.ZodType<{ id: string }>,
> {
  kind: K;
  /** The MDX component name a lesson writes, e.g. `<Quiz id="…" />`. */
  component: C;
  /** The saved answer; one member of the contract's `answerValue` union. */
  answer: A;
  /** The props a lesson gives it, checked when the lesson is shown. */
  props: P;
  /** Finished: counts for the lesson's progress and « Reprendre ». */
  isDone(answer: z.infer<A>): boolean;
  /** The answer in one French line (dashboard, CSV). */
  summarize(answer: z.infer<A>): string;
  /** Points scored, where the kind is graded; null where it is not. */
  score(answer: z.infer<A>): { points: number; max: number } | null;
}

/** Keeps the literal types of a definition (kind, component, schemas) for the registries. */
export function defineKind<
  const K extends string,
  const C extends string,
  A extends z.ZodObject<{ kind: z.ZodLiteral<K> }>,
  P extends z.ZodType<{ id: string }>,
>(definition: ExerciseKindDefinition<K, C, A, P>): ExerciseKindDefinition<K, C, A, P> {
  return definition;
}
