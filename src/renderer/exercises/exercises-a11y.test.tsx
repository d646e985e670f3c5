// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { lessonComponents } from './registry';
import { renderExercise } from './render-exercise';

afterEach(cleanup);

const entry = (name: keyof typeof lessonComponents, props: Record<string, unknown>) =>
  createElement(lessonComponents[name] as React.ComponentType<Record<string, unknown>>, props);

/** Serious or critical violations; contrast needs a real layout and is checked end to end. */
async function violations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe('exercises, for assistive technology (axe-core)', () => {
  it('has no serious violation in a quiz, a reflection and a funnel, before and after answering', async () => {
    const user = userEvent.setup();
    const { container } = renderExercise(
      createElement(
        'main',
        null,
        entry('Quiz', {
          id: 'quiz-a',
          questions: [
            { prompt: 'Un seul ?', choices: ['a', 'b'], answer: [0], explanation: 'Parce que a.' },
            { prompt: 'Plusieurs ?', choices: ['c', 'd', 'e'], answer: [0, 2], explanation: 'c et e.' },
          ],
        }),
        entry('Reflection', { id: 'reflection-a', prompt: 'Votre prochaine publication ?' }),
        entry('FunnelExercise', { id: 'funnel-a' }),
      ),
    );
    expect(await violations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    await user.click(screen.getByLabelText('b'));
    await user.click(screen.getByLabelText('c'));
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    await user.type(screen.getByLabelText('Abonnés de la page', { exact: true }), '24.000');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(await violations(container)).toEqual([]);
  });

  it('gives each quiz question a group named by its legend, and each choice its label', () => {
    renderExercise(
      entry('Quiz', {
        id: 'quiz-b',
        questions: [{ prompt: 'Un seul ?', choices: ['a', 'b'], answer: [0], explanation: 'Parce que a.' }],
      }),
    );
    const group = screen.getByRole('group', { name: 'Question 1 : Un seul ?' });
    expect(group.tagName).toBe('FIELDSET');
    expect(screen.getByRole('radio', { name: 'a' })).toBeTruthy();
  });
});
