// Test support for exercise components (happy-dom): a lesson page in miniature.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Answer, AnswerValue, Result } from '../../shared/api/index';
import { AnswersProvider } from '../answers/AnswersContext';
import { PrintTarget } from './print-target';

export interface SaveCall {
  exerciseId: string;
  value: AnswerValue;
}

/** A stored answer as answer.list returns it (the value is not checked: tests give wrong ones on purpose). */
export function stored(exerciseId: string, value: unknown): Answer {
  return { exerciseId, value: value as AnswerValue, revision: 1, updatedAt: '2026-05-02T09:00:00.000Z' };
}

/**
 * Renders an exercise as a lesson does, with the answers already saved, and
 * answers `answer.save` through a fake desktop bridge that records each save.
 */
export function renderExercise(element: ReactElement, answers: Answer[] = [], options: { print?: boolean } = {}) {
  const saves: SaveCall[] = [];
  window.cmday = {
    invoke: async (method, input): Promise<Result<unknown>> => {
      if (method !== 'answer.save') return { ok: false, error: { code: 'unknown_method', message: method } };
      const { exerciseId, value } = input as SaveCall;
      saves.push({ exerciseId, value });
      return { ok: true, value: { savedAt: '2026-05-02T09:00:00.000Z', revision: saves.length + 1 } };
    },
  };
  const map = new Map(answers.map((a) => [a.exerciseId, a]));
  const target = options.print ? document.createElement('div') : null;
  if (target) document.body.append(target);
  const view = render(
    <AnswersProvider profileId="8d3b8a53-4ad5-4b8e-9a43-5f1a2d0c6e11" answers={map}>
      <PrintTarget.Provider value={target}>{element}</PrintTarget.Provider>
    </AnswersProvider>,
  );
  return { ...view, saves, printed: target };
}
