// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { lessonComponents } from '../registry';
import { renderExercise, stored } from '../render-exercise';

afterEach(cleanup);

const NNBSP = '\u202f';
const funnel = (props: Record<string, unknown> = {}) =>
  createElement(lessonComponents.FunnelExercise as React.ComponentType<Record<string, unknown>>, {
    id: 'funnel-fanajeen',
    ...props,
  });

async function typeCounts(values: Record<string, string>) {
  const user = userEvent.setup();
  for (const [label, value] of Object.entries(values)) {
    const field = screen.getByLabelText(label, { exact: true });
    await user.clear(field);
    await user.type(field, value);
  }
  return user;
}

describe('<FunnelExercise>', () => {
  it('has the four default steps, or the ones the lesson names', () => {
    renderExercise(funnel());
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'Abonnés de la page',
      'Interactions',
      'Visites du site',
      'Achats ou appels',
      'Conversion globale',
    ]);
    cleanup();
    renderExercise(funnel({ steps: ['Vues', 'Clics', 'Ventes'] }));
    expect(screen.getAllByRole('textbox').length).toBe(3);
    expect(screen.getByLabelText('Clics', { exact: true })).toBeTruthy();
  });

  it('tells the author when a lesson asks for more than six steps', () => {
    renderExercise(funnel({ steps: ['1', '2', '3', '4', '5', '6', '7'] }));
    expect(screen.getByRole('alert').textContent).toMatch(/<FunnelExercise>.*steps : au plus 6 étapes/);
  });

  it('names the step with the largest drop-off once two rates can be compared', async () => {
    renderExercise(funnel());
    await typeCounts({ 'Abonnés de la page': '1000', Interactions: '500' });
    expect(screen.queryByTestId('funnel-hint')).toBeNull();
    await typeCounts({ 'Visites du site': '400', 'Achats ou appels': '4' });
    expect(screen.getByTestId('funnel-hint').textContent).toBe(
      `C’est entre « Visites du site » et « Achats ou appels » que l’entonnoir perd le plus : 1,0${NNBSP}% seulement passent d’une étape à l’autre.`,
    );
  });

  it('refuses « 24.000 » (24 or 24 000?) with the parser’s French message, and saves nothing', async () => {
    const { saves } = renderExercise(funnel());
    const user = await typeCounts({ 'Abonnés de la page': '24.000' });
    const field = screen.getByLabelText('Abonnés de la page', { exact: true });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toMatch(/se lit de deux façons/);
    expect(screen.getByText(/Non enregistré : corrigez la valeur signalée en rouge/)).toBeTruthy();
    await user.tab();
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(saves).toEqual([]);
  });

  it('saves the counts typed, empty steps as null', async () => {
    const { saves } = renderExercise(funnel());
    const user = await typeCounts({ Interactions: '1 200' });
    await user.tab();
    await waitFor(() => expect(saves.at(-1)?.value).toEqual({ kind: 'funnel', counts: [null, 1200, null, null] }));
  });

  it('shows a saved answer with more steps than the lesson’s without crashing, and prints it', () => {
    const five = stored('funnel-fanajeen', { kind: 'funnel', counts: [1000, 100, 10, 1, 0] });
    renderExercise(funnel({ steps: ['Vues', 'Clics', 'Ventes'] }), [five]);
    expect((screen.getByLabelText('Ventes', { exact: true }) as HTMLInputElement).value).toBe('10');
    expect(screen.getByTestId('overall-conversion').textContent).toBe(`1,00${NNBSP}%`);
    cleanup();
    const { printed } = renderExercise(funnel({ steps: ['Vues', 'Clics', 'Ventes'] }), [five], { print: true });
    expect(printed!.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(printed!.textContent).toContain(`Conversion globale1,00${NNBSP}%`);
  });

  it('prints « pas encore de réponse » for a value of another kind, with a notice', () => {
    const { printed } = renderExercise(
      funnel(),
      [stored('funnel-fanajeen', { kind: 'quiz', questions: [], score: 0 })],
      {
        print: true,
      },
    );
    expect(printed!.textContent).toContain('ne correspond plus à la leçon');
    expect(printed!.textContent).toContain('Non renseigné');
  });
});
