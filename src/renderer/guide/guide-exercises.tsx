import { createElement, type ComponentType } from 'react';
import { funnelLabels } from '../../shared/exercises/funnel';
import {
  COMPONENT_KINDS,
  EXERCISE_KINDS,
  type AnswerOf,
  type ExerciseComponent,
  type ExerciseKind,
  type PropsOf,
} from '../../shared/exercises/kinds';
import { kindViews } from '../exercises/registry';
import type { PrintProps } from '../exercises/kind-view';
import { t } from '../i18n/fr';

/**
 * An empty form, for the kinds whose print view says nothing of the exercise
 * without an answer: the trainer sees the funnel's steps and the plan's fields.
 */
const blankAnswers: { [K in ExerciseKind]?: (props: PropsOf<K>) => AnswerOf<K> } = {
  funnel: (props) => ({ kind: 'funnel', counts: funnelLabels(props).map(() => null) }),
  'action-plan': () => ({
    kind: 'action-plan',
    objective: '',
    kpi: null,
    current: null,
    target: null,
    channels: [],
    otherChannel: '',
    deadline: '',
    actions: ['', '', ''],
  }),
};

/** The erased shapes: a kind's props are its schema's output once checked (as in ExerciseEntry). */
type Props = { id: string };
type AnyPrint = ComponentType<PrintProps<ExerciseKind>>;

/**
 * The exercise as the guide shows it, where the lesson puts it: its print
 * view, read-only, with no attendee's answer.
 */
function guideEntry(kind: ExerciseKind): ComponentType<never> {
  const definition = EXERCISE_KINDS[kind];
  const Print = kindViews[kind].Print as unknown as AnyPrint;
  const blank = blankAnswers[kind] as ((props: Props) => unknown) | undefined;
  function GuideExercise(raw: Record<string, unknown>) {
    const checked = definition.props.safeParse(raw);
    if (!checked.success) {
      return (
        <p className="exercise exercise-problem" role="alert">
          {t.exerciseMisconfigured(definition.component, checked.error.issues[0]?.message ?? '')}
        </p>
      );
    }
    const props: Props = checked.data;
    return (
      <div className="guide-exercise" data-exercise-id={props.id} data-kind={kind}>
        {createElement(Print, { props, answer: blank?.(props), unreadable: false } as PrintProps<ExerciseKind>)}
      </div>
    );
  }
  GuideExercise.displayName = `${definition.component}Guide`;
  return GuideExercise as ComponentType<never>;
}

/** The exercise components of MDX lessons, read-only, by the name lessons use them with. */
export const guideExercises = Object.fromEntries(
  Object.entries(COMPONENT_KINDS).map(([component, kind]) => [component, guideEntry(kind)]),
) as Record<ExerciseComponent, ComponentType<never>>;
