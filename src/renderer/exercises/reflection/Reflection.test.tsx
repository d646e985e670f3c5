// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { lessonComponents } from '../registry';
import { renderExercise, stored } from '../render-exercise';

afterEach(cleanup);

const PROMPT = 'Quelle action ferez-vous lundi pour votre page ?';
const reflection = (props: Record<string, unknown> = {}) =>
  createElement(lessonComponents.Reflection as React.ComponentType<Record<string, unknown>>, {
    id: 'reflexion-lundi',
    prompt: PROMPT,
    ...props,
  });

describe('<Reflection>', () => {
  it('labels the text box with the prompt and saves what is typed', async () => {
    const user = userEvent.setup();
    const { saves } = renderExercise(reflection());
    const box = screen.getByLabelText(PROMPT);
    expect(box.tagName).toBe('TEXTAREA');
    await user.type(box, 'Publier le mardi.');
    box.blur();
    await waitFor(() =>
      expect(saves.at(-1)).toEqual({
        exerciseId: 'reflexion-lundi',
        value: { kind: 'reflection', text: 'Publier le mardi.' },
      }),
    );
    await screen.findByText('Enregistré');
  });

  it('counts characters against the limit, 4 000 unless the lesson says less', () => {
    renderExercise(reflection());
    expect(screen.getByLabelText(PROMPT).getAttribute('maxlength')).toBe('4000');
    expect(screen.getByTestId('reflection-count').textContent).toBe('0 / 4\u202f000 caractères');
    cleanup();
    renderExercise(reflection({ maxLength: 100 }));
    const box = screen.getByLabelText(PROMPT);
    expect(box.getAttribute('maxlength')).toBe('100');
    expect(box.getAttribute('aria-describedby')).toBe(screen.getByTestId('reflection-count').id);
  });

  it('announces the length only near the limit and at it, not at every keystroke', () => {
    renderExercise(reflection({ maxLength: 100 }));
    const box = screen.getByLabelText(PROMPT);
    const live = screen.getByTestId('reflection-announcement');
    expect(live.getAttribute('aria-live')).toBe('polite');
    const typeText = (text: string) => fireEvent.change(box, { target: { value: text } });
    typeText('a'.repeat(50));
    expect(live.textContent).toBe('');
    typeText('a'.repeat(91));
    expect(live.textContent).toBe('Il vous reste moins de 10 caractères.');
    typeText('a'.repeat(95));
    expect(live.textContent).toBe('Il vous reste moins de 10 caractères.');
    typeText('a'.repeat(100));
    expect(live.textContent).toBe('Vous avez atteint la limite de 100 caractères.');
    expect(screen.getByTestId('reflection-count').textContent).toBe('100 / 100 caractères');
  });

  it('shows the saved text again, and a stored value of another kind as empty with a notice', () => {
    renderExercise(reflection(), [stored('reflexion-lundi', { kind: 'reflection', text: 'Déjà écrit.' })]);
    expect((screen.getByLabelText(PROMPT) as HTMLTextAreaElement).value).toBe('Déjà écrit.');
    cleanup();
    renderExercise(reflection(), [stored('reflexion-lundi', { kind: 'funnel', counts: [1, 2] })]);
    expect((screen.getByLabelText(PROMPT) as HTMLTextAreaElement).value).toBe('');
    expect(screen.getByTestId('unreadable-answer').textContent).toMatch(/ne correspond plus à la leçon/);
  });

  it('prints the prompt and the whole text, line breaks kept', () => {
    const text = `Première ligne.\n${'long '.repeat(700)}fin.`;
    const { printed } = renderExercise(reflection(), [stored('reflexion-lundi', { kind: 'reflection', text })], {
      print: true,
    });
    expect(printed!.textContent).toContain(PROMPT);
    expect(printed!.querySelector('.reflection-text')!.textContent).toBe(text);
  });

  it('tells the author when maxLength is above 4 000', () => {
    renderExercise(reflection({ maxLength: 5000 }));
    expect(screen.getByRole('alert').textContent).toMatch(/<Reflection>.*maxLength : 4\u202f000 au plus/);
  });
});
