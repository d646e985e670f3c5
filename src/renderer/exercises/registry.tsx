import type { ComponentType } from 'react';
import { COMPONENT_KINDS, type ExerciseComponent, type ExerciseKind } from '../../shared/exercises/kinds';
import { ActionPlan } from './action-plan/ActionPlan';
import { ActionPlanPrint } from './action-plan/ActionPlanPrint';
import { BudgetPrint } from './budget/BudgetPrint';
import { BudgetSandbox } from './budget/BudgetSandbox';
import { exerciseEntry } from './ExerciseEntry';
import { FunnelExercise } from './funnel/FunnelExercise';
import { FunnelPrint } from './funnel/FunnelPrint';
import type { KindView } from './kind-view';
import { MetricQuestion } from './metric-question/MetricQuestion';
import { MetricQuestionPrint } from './metric-question/MetricQuestionPrint';
import { Quiz } from './quiz/Quiz';
import { QuizPrint } from './quiz/QuizPrint';
import { Reflection } from './reflection/Reflection';
import { ReflectionPrint } from './reflection/ReflectionPrint';

/**
 * Every kind's live component and print view. A kind defined in
 * src/shared/exercises/kinds.ts without both here does not compile.
 */
export const kindViews = {
  funnel: { Component: FunnelExercise, Print: FunnelPrint },
  quiz: { Component: Quiz, Print: QuizPrint },
  reflection: { Component: Reflection, Print: ReflectionPrint },
  'metric-question': { Component: MetricQuestion, Print: MetricQuestionPrint },
  budget: { Component: BudgetSandbox, Print: BudgetPrint },
  'action-plan': { Component: ActionPlan, Print: ActionPlanPrint },
} satisfies { [K in ExerciseKind]: KindView<K> };

function entryFor<K extends ExerciseKind>(kind: K): ComponentType<never> {
  return exerciseEntry(kind, kindViews[kind] as KindView<K>);
}

/** The exercise components MDX lessons may use, by the name they use them with. */
export const lessonComponents = Object.fromEntries(
  Object.entries(COMPONENT_KINDS).map(([component, kind]) => [component, entryFor(kind)]),
) as Record<ExerciseComponent, ComponentType<never>>;
