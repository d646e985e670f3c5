import type { ComponentType } from 'react';
import type { Answer } from '../../shared/api/index';
import type { ExerciseComponent } from '../../shared/content/lesson';
import { FunnelExercise } from './FunnelExercise';
import { FunnelPrint } from './FunnelPrint';

/** The components MDX lessons may use, by the name they use them with. */
export const lessonComponents: Record<ExerciseComponent, ComponentType<never>> = {
  FunnelExercise,
};

/** How each exercise prints its saved answer. */
export function PrintedExercise({ component, answer }: { component: ExerciseComponent; answer: Answer | undefined }) {
  switch (component) {
    case 'FunnelExercise':
      return <FunnelPrint answer={answer?.value.kind === 'funnel' ? answer.value : undefined} />;
  }
}
