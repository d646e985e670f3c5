import type { ComponentType } from 'react';
import type { AnswerOf, ExerciseKind, PropsOf } from '../../shared/exercises/kinds';

export interface PrintProps<K extends ExerciseKind> {
  /** The lesson's props, checked. */
  props: PropsOf<K>;
  /** The saved answer, checked; undefined when there is none. */
  answer: AnswerOf<K> | undefined;
  /** Something was saved that is not an answer of this kind. */
  unreadable: boolean;
}

/** What the renderer needs of every kind: how it is answered, and how it prints. */
export interface KindView<K extends ExerciseKind> {
  Component: ComponentType<PropsOf<K>>;
  Print: ComponentType<PrintProps<K>>;
}
