// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { lessonComponents } from '../registry';
import { renderExercise, stored } from '../render-exercise';

afterEach(cleanup);

const QUESTIONS = [
  {
    prompt: 'Quel taux mesure l’engagement ?',
    choices: ['Interactions / abonnés', 'Achats / visites', 'Abonnés / interactions'],
    answer: [0],
    explanation: 'L’engagement rapporte les interactions à l’audience.',
  },
  {
    prompt: 'Quelles étapes font partie de l’entonnoir ?',
    choices: ['Abonnés', 'Météo', 'Visites du site', 'Achats'],
    answer: [0, 2, 3],
    explanation: 'La météo n’est pas une étape de l’entonnoir.',
  },
];

// Through the MDX entry, exactly as a lesson uses it.
const quiz = (props: Record<string, unknown> = {}) =>
  createElement(lessonComponents.Quiz as React.ComponentType<Record<string, unknown>>, {
    id: 'quiz-entonnoir',
    questions: QUESTIONS,
    ...props,
  });

describe('<Quiz>', () => {
  it('asks each question in a fieldset: radio buttons for one answer, checkboxes for several', () => {
    renderExercise(quiz());
    const first = screen.getByRole('group', { name: /Question 1 : Quel taux mesure l’engagement/ });
    expect(within(first).getAllByRole('radio')).toHaveLength(3);
    const second = screen.getByRole('group', { name: /Question 2 .* \(plusieurs réponses possibles\)/ });
    expect(within(second).getAllByRole('checkbox')).toHaveLength(4);
    expect(within(second).getByLabelText('Météo')).toBeTruthy();
  });

  it('refuses to validate with a question unanswered, and saves nothing', async () => {
    const user = userEvent.setup();
    const { saves } = renderExercise(quiz());
    await user.click(screen.getByLabelText('Achats / visites'));
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    expect(screen.getByRole('alert').textContent).toBe('Répondez à chaque question avant de valider (question 2).');
    expect(saves).toEqual([]);
  });

  it('grades, explains and saves the choices and the score', async () => {
    const user = userEvent.setup();
    const { saves } = renderExercise(quiz());
    await user.click(screen.getByLabelText('Achats / visites'));
    for (const label of ['Abonnés', 'Visites du site', 'Achats']) await user.click(screen.getByLabelText(label));
    await user.click(screen.getByRole('button', { name: 'Valider' }));

    expect(screen.getByTestId('quiz-score').textContent).toBe('Score : 1 sur 2.');
    expect(screen.getByText('Pas tout à fait. La bonne réponse : Interactions / abonnés.')).toBeTruthy();
    expect(screen.getByText('L’engagement rapporte les interactions à l’audience.')).toBeTruthy();
    expect(screen.getByText('Bonne réponse.')).toBeTruthy();
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toEqual({
      exerciseId: 'quiz-entonnoir',
      value: {
        kind: 'quiz',
        questions: [
          { chosen: [1], correct: false },
          { chosen: [0, 2, 3], correct: true },
        ],
        score: 1,
      },
    });
    await screen.findByText('Enregistré');
  });

  it('is answered from the keyboard alone', async () => {
    const user = userEvent.setup();
    const { saves } = renderExercise(quiz());
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Interactions / abonnés'));
    await user.keyboard(' ');
    await user.tab(); // to the first checkbox of question 2
    await user.keyboard(' ');
    await user.tab();
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Valider' }));
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('quiz-score').textContent).toBe('Score : 2 sur 2.');
    await waitFor(() => expect(saves).toHaveLength(1));
  });

  it('shows a saved answer graded, and asks to validate again once a choice changes', async () => {
    const user = userEvent.setup();
    const saved = stored('quiz-entonnoir', {
      kind: 'quiz',
      questions: [
        { chosen: [0], correct: true },
        { chosen: [0], correct: false },
      ],
      score: 1,
    });
    renderExercise(quiz(), [saved]);
    expect((screen.getByLabelText('Interactions / abonnés') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('quiz-score').textContent).toBe('Score : 1 sur 2.');
    await user.click(screen.getByLabelText('Météo'));
    expect(screen.getByTestId('quiz-score').textContent).toBe('');
    expect(screen.queryByText('Bonne réponse.')).toBeNull();
  });

  it('shows a stored value of another kind as empty, with a notice, without crashing', () => {
    renderExercise(quiz(), [stored('quiz-entonnoir', { kind: 'reflection', text: 'autre chose' })]);
    expect(screen.getByTestId('unreadable-answer').textContent).toMatch(/ne correspond plus à la leçon/);
    expect(screen.getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked)).toBe(true);
  });

  it('tells the author in French when a right answer points at no choice', () => {
    renderExercise(quiz({ questions: [{ ...QUESTIONS[0], answer: [3] }] }));
    expect(screen.getByRole('alert').textContent).toMatch(/<Quiz>.*un indice ne correspond à aucun choix/);
  });

  it('prints every choice, what was ticked, what was right, the explanation and the score', () => {
    const saved = stored('quiz-entonnoir', {
      kind: 'quiz',
      questions: [
        { chosen: [1], correct: false },
        { chosen: [0, 2, 3], correct: true },
      ],
      score: 1,
    });
    const { printed } = renderExercise(quiz(), [saved], { print: true });
    const text = printed!.textContent!;
    expect(text).toContain('Score : 1 sur 2.');
    expect(text).toContain('Achats / visites (votre choix)');
    expect(text).toContain('Interactions / abonnés (bonne réponse)');
    expect(text).toContain('Visites du site (votre choix, bonne réponse)');
    expect(text).toContain('Réponse incorrecte.');
    expect(text).toContain('La météo n’est pas une étape de l’entonnoir.');
  });
});
