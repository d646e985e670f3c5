import { z } from 'zod';
import { actionPlanKind } from './action-plan';
import { budgetKind } from './budget';
import { funnelKind } from './funnel';
import { metricQuestionKind } from './metric-question';
import { quizKind } from './quiz';
import { reflectionKind } from './reflection';

/**
 * Every kind of exercise, keyed by kind. Adding one here is what makes it
 * exist: its answer joins the contract, its component name the lessons, and
 * the renderer's registry (`satisfies Record<ExerciseKind, …>`) fails to
 * compile until it has a component and a print view.
 */
export const EXERCISE_KINDS = {
  funnel: funnelKind,
  quiz: quizKind,
  reflection: reflectionKind,
  'metric-question': metricQuestionKind,
  budget: budgetKind,
  'action-plan': actionPlanKind,
} as const;

export type ExerciseKind = keyof typeof EXERCISE_KINDS;
export type KindDefinition<K extends ExerciseKind = ExerciseKind> = (typeof EXERCISE_KINDS)[K];
export type AnswerOf<K extends ExerciseKind> = z.infer<KindDefinition<K>['answer']>;
export type PropsOf<K extends ExerciseKind> = z.infer<KindDefinition<K>['props']>;

/** Every kind of exercise answer, told apart by `kind` (the contract's `answerValue`). */
export const answerValue = z.discriminatedUnion(
  'kind',
  [
    EXERCISE_KINDS.funnel.answer,
    EXERCISE_KINDS.quiz.answer,
    EXERCISE_KINDS.reflection.answer,
    EXERCISE_KINDS['metric-question'].answer,
    EXERCISE_KINDS.budget.answer,
    EXERCISE_KINDS['action-plan'].answer,
  ],
  { error: 'Réponse d’un type inconnu.' },
);
export type AnswerValue = z.infer<typeof answerValue>;

// Each kind is filed under its own name.
const keyedByKind: { [K in ExerciseKind]: { kind: K } } = EXERCISE_KINDS;
void keyedByKind;

// A kind missing from the union above (or a stray one in it) stops the build here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const unionCoversEveryKind: Same<AnswerValue['kind'], ExerciseKind> = true;
void unionCoversEveryKind;

type ComponentKinds = { [K in ExerciseKind as KindDefinition<K>['component']]: K };

/**
 * MDX component name → kind: the table the lesson build and the service use to
 * know which answer an exercise takes (`<Quiz id="q1" />` saves a `quiz`).
 */
export const COMPONENT_KINDS = Object.fromEntries(
  Object.values(EXERCISE_KINDS).map((definition) => [definition.component, definition.kind]),
) as ComponentKinds;

export type ExerciseComponent = keyof ComponentKinds;
export const EXERCISE_COMPONENTS = Object.keys(COMPONENT_KINDS) as ExerciseComponent[];

export function kindOfComponent(component: ExerciseComponent): ExerciseKind {
  return COMPONENT_KINDS[component];
}

export function isExerciseComponent(name: string): name is ExerciseComponent {
  return Object.hasOwn(COMPONENT_KINDS, name);
}

/** The saved value as this kind's answer, or null when it has another kind or shape. */
export function readAnswer<K extends ExerciseKind>(kind: K, value: unknown): AnswerOf<K> | null {
  const parsed = EXERCISE_KINDS[kind].answer.safeParse(value);
  return parsed.success ? (parsed.data as AnswerOf<K>) : null;
}

/** Finished, by the kind's own rule; an answer of the wrong kind or shape is not. */
export function isExerciseDone(kind: ExerciseKind, value: unknown): boolean {
  const answer = readAnswer(kind, value);
  if (answer === null) return false;
  return (EXERCISE_KINDS[kind].isDone as (a: AnswerOf<typeof kind>) => boolean)(answer);
}

/** A saved answer in one French line, by its own kind (dashboard, CSV). */
export function summarizeAnswer(value: AnswerValue): string {
  return (EXERCISE_KINDS[value.kind].summarize as (a: AnswerValue) => string)(value);
}

/** Points of a graded answer; null for kinds that are not graded. */
export function scoreAnswer(value: AnswerValue): { points: number; max: number } | null {
  return (EXERCISE_KINDS[value.kind].score as (a: AnswerValue) => { points: number; max: number } | null)(value);
}
