import { createElement, type ComponentType } from 'react';
import { createPortal } from 'react-dom';
import { EXERCISE_KINDS, type ExerciseKind } from '../../shared/exercises/kinds';
import { useStoredAnswer } from '../answers/AnswersContext';
import { t } from '../i18n/fr';
import type { KindView, PrintProps } from './kind-view';
import { usePrintTarget } from './print-target';

/** A lesson gave an exercise props its kind cannot use: said to the author, in place of the exercise. */
function ExerciseProblem({ component, message }: { component: string; message: string }) {
  return (
    <p className="exercise exercise-problem" role="alert">
      {t.exerciseMisconfigured(component, message)}
    </p>
  );
}

/*
 * Types are checked where kinds meet views (registry.tsx: `satisfies`); from
 * here on a kind's props are its schema's output by construction, which
 * TypeScript cannot follow through `EXERCISE_KINDS[kind]`, hence the erased
 * component types below.
 */
type Props = { id: string };
type AnyView = { Component: ComponentType<Props>; Print: ComponentType<PrintProps<ExerciseKind>> };

function PrintedExercise({ kind, view, props }: { kind: ExerciseKind; view: AnyView; props: Props }) {
  const { saved, unreadable } = useStoredAnswer(props.id, kind);
  return createElement(view.Print, { props, answer: saved, unreadable } as PrintProps<ExerciseKind>);
}

/**
 * The component MDX calls for one kind: checks the lesson's props against the
 * kind's schema, then shows the live exercise, or its print view in the PDF.
 */
export function exerciseEntry<K extends ExerciseKind>(kind: K, typedView: KindView<K>): ComponentType<never> {
  const definition = EXERCISE_KINDS[kind];
  const view = typedView as unknown as AnyView;
  function Entry(raw: Record<string, unknown>) {
    const target = usePrintTarget();
    const checked = definition.props.safeParse(raw);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')} : ` : '';
      return <ExerciseProblem component={definition.component} message={`${where}${issue?.message ?? ''}`} />;
    }
    const props: Props = checked.data;
    if (target) return createPortal(<PrintedExercise kind={kind} view={view} props={props} />, target);
    return createElement(view.Component, props);
  }
  Entry.displayName = `${definition.component}Entry`;
  return Entry as ComponentType<never>;
}
