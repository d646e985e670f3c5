// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { seedInputs } from '../../../shared/exercises/grading/index';
import { AnswersProvider } from '../../answers/AnswersContext';
import { lessonComponents } from '../registry';
import { renderExercise, stored } from '../render-exercise';

afterEach(cleanup);

/** Serious or critical axe-core violations; contrast needs a real layout and is checked end to end. */
async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

const PROMPT =
  'Une publication : {engagements} interactions, {reach} personnes atteintes, {followers} abonnés. Son taux d’engagement par portée ?';
const FIXED = { engagements: 250, reach: 2000, followers: 5000 };
const RANGES = { engagements: { min: 120, max: 480, step: 10 }, reach: { min: 3200, max: 7800, step: 100 } };

// Through the MDX entry, exactly as a lesson uses it.
const question = (props: Record<string, unknown> = {}) =>
  createElement(lessonComponents.MetricQuestion as React.ComponentType<Record<string, unknown>>, {
    id: 'mesurer-portee',
    metric: 'engagementRateByReach',
    inputs: FIXED,
    prompt: PROMPT,
    ...props,
  });

const answerBox = () => screen.getByLabelText('Taux d’engagement par portée (en %)');

async function check(user: ReturnType<typeof userEvent.setup>, typed: string) {
  await user.clear(answerBox());
  await user.type(answerBox(), typed);
  await user.click(screen.getByRole('button', { name: 'Vérifier' }));
  return screen.getByTestId('metric-feedback');
}

const promptText = () => document.querySelector('.metric-prompt')!.textContent;

/** The numbers of the data table, by input name. */
const shownNumbers = () =>
  Object.fromEntries(
    [...document.querySelectorAll('[data-testid^="input-"]')].map((cell) => [
      cell.getAttribute('data-testid')!.slice('input-'.length),
      cell.textContent,
    ]),
  );

describe('<MetricQuestion>', () => {
  it('shows the prompt with its numbers and the numbers in a labelled table, marked illustrative', () => {
    renderExercise(question());
    expect(promptText()).toMatch(
      /^Une publication : 250 interactions, 2\u202f000 personnes atteintes, 5\u202f000 abonnés\./,
    );
    const table = screen.getByRole('table', { name: /Les données \(Données illustratives\)/ });
    expect(table).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Portée' })).toBeTruthy();
    expect(shownNumbers()).toEqual({ engagements: '250', reach: '2\u202f000', followers: '5\u202f000' });
  });

  it('shows rates and margins as percentages', () => {
    renderExercise(
      question({
        metric: 'maxCpc',
        inputs: { averageOrderValue: 320, grossMargin: 0.35, conversionRate: 0.015 },
        prompt: 'Panier {averageOrderValue} MAD, marge {grossMargin}, conversion {conversionRate}.',
      }),
    );
    expect(promptText()).toBe('Panier 320 MAD, marge 35\u202f%, conversion 1,5\u202f%.');
    expect(shownNumbers()).toEqual({
      averageOrderValue: '320,00\u00a0MAD',
      grossMargin: '35\u202f%',
      conversionRate: '1,5\u202f%',
    });
    expect(screen.getByLabelText('CPC maximal (en MAD)')).toBeTruthy();
  });

  it('names the wrong denominator, then the fraction given for a percentage, then offers the formula', async () => {
    const user = userEvent.setup();
    renderExercise(question());
    const live = screen.getByTestId('metric-feedback');
    expect(live.getAttribute('role')).toBe('status');

    await check(user, '5');
    expect(live.dataset.verdict).toBe('mistake');
    expect(live.textContent).toBe(
      'Vous avez divisé par les abonnés ; le taux d’engagement par portée divise par la portée.',
    );
    expect(screen.queryByTestId('metric-hint')).toBeNull();

    await check(user, '0,125');
    expect(live.textContent).toMatch(
      /^Vous avez donné une fraction ; le taux d’engagement par portée s’écrit en pourcentage/,
    );
    expect(screen.getByTestId('metric-hint').textContent).toBe('Indice — la formule : interactions ÷ portée × 100.');
  });

  it('says « Exact » for the right answer, and that an unrecognised number is not it', async () => {
    const user = userEvent.setup();
    renderExercise(question());
    expect((await check(user, '12,5 %')).textContent).toBe('Exact : 12,5\u202f%.');
    const wrong = await check(user, '40');
    expect(wrong.dataset.verdict).toBe('incorrect');
    expect(wrong.textContent).toMatch(/^Ce n’est pas le résultat attendu\./);
  });

  it('refuses an ambiguous number with both readings, and an empty answer, without grading it', async () => {
    const user = userEvent.setup();
    const { saves } = renderExercise(question());
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(screen.getByTestId('metric-feedback').textContent).toBe('Saisissez votre réponse avant de vérifier.');
    const live = await check(user, '24.000');
    expect(live.dataset.verdict).toBe('invalid');
    expect(live.textContent).toMatch(/« 24\.000 » se lit de deux façons : 24\u202f000 ou 24,000 \?/);
    await waitFor(() => expect(saves).toHaveLength(1));
    // Kept as an attempt, but not a graded one: the exercise is not done.
    expect(saves[0]!.value).toMatchObject({ attempts: [{ typed: '24.000', verdict: 'invalid' }], tries: 1 });
  });

  it('saves every attempt with its verdict, mistake, time and the numbers it was made on', async () => {
    const user = userEvent.setup();
    const { saves } = renderExercise(question());
    await check(user, '5');
    await waitFor(() => expect(saves).toHaveLength(1));
    await check(user, '12,5');
    await waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1]).toEqual({
      exerciseId: 'mesurer-portee',
      value: {
        kind: 'metric-question',
        metric: 'engagementRateByReach',
        inputs: FIXED,
        attempts: [
          {
            typed: '5',
            verdict: 'mistake',
            mistake: 'wrong-denominator',
            at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          },
          { typed: '12,5', verdict: 'correct', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
        ],
        tries: 2,
      },
    });
    await screen.findByText('Enregistré');
  });

  it('draws numbers per attendee from the ranges: stable for one, different for another', () => {
    const drawnFor = (profileId: string) => {
      window.cmday = {
        invoke: async () => ({ ok: false as const, error: { code: 'unknown_method' as const, message: '' } }),
      };
      render(
        <AnswersProvider profileId={profileId} answers={new Map()}>
          {question({ inputs: { followers: 9000 }, ranges: RANGES })}
        </AnswersProvider>,
      );
      const numbers = shownNumbers();
      cleanup();
      return numbers;
    };
    const alice = drawnFor('11111111-1111-4111-8111-111111111111');
    expect(drawnFor('11111111-1111-4111-8111-111111111111')).toEqual(alice);
    expect(drawnFor('22222222-2222-4222-8222-222222222222')).not.toEqual(alice);
    const seeded = seedInputs('11111111-1111-4111-8111-111111111111', 'mesurer-portee', RANGES);
    expect(alice.engagements).toBe(String(seeded.engagements));
    expect(alice.followers).toBe('9\u202f000');
  });

  it('shows a saved answer again on the numbers it was made on, with its feedback', () => {
    const saved = stored('mesurer-portee', {
      kind: 'metric-question',
      metric: 'engagementRateByReach',
      inputs: { engagements: 300, reach: 6000 },
      attempts: [{ typed: '5', verdict: 'correct', at: '2026-05-02T09:00:00.000Z' }],
      tries: 1,
    });
    renderExercise(question({ inputs: undefined, ranges: RANGES, prompt: '{engagements} sur {reach} ?' }), [saved]);
    expect(shownNumbers()).toEqual({ engagements: '300', reach: '6\u202f000' });
    expect((answerBox() as HTMLInputElement).value).toBe('5');
    expect(screen.getByTestId('metric-feedback').textContent).toBe('Exact : 5,0\u202f%.');
  });

  it('prints the numbers, the answer, the named mistake and the expected value; « Non renseigné » when empty', () => {
    const saved = stored('mesurer-portee', {
      kind: 'metric-question',
      metric: 'engagementRateByReach',
      inputs: FIXED,
      attempts: [{ typed: '5', verdict: 'mistake', mistake: 'wrong-denominator', at: '2026-05-02T09:00:00.000Z' }],
      tries: 1,
    });
    const { printed } = renderExercise(question(), [saved], { print: true });
    const text = printed!.textContent!;
    expect(text).toContain('Données illustratives');
    expect(text).toContain('250 interactions, 2\u202f000 personnes atteintes');
    expect(text).toContain('Votre réponse : « 5 »');
    expect(printed!.querySelector('[data-testid="print-verdict"]')!.textContent).toBe('Erreur : mauvais dénominateur.');
    expect(text).toContain('Réponse attendue : 12,5\u202f%');
    cleanup();
    const empty = renderExercise(question(), [], { print: true });
    expect(empty.printed!.querySelector('[data-testid="print-verdict"]')!.textContent).toBe('Non renseigné');
  });

  it('tells the author in French about an unknown metric, and a number the prompt shows but the question lacks', () => {
    renderExercise(question({ metric: 'engagement' }));
    expect(screen.getByRole('alert').textContent).toMatch(/<MetricQuestion>.*metric : métrique inconnue/);
    cleanup();
    renderExercise(question({ prompt: '{clicks} clics ?' }));
    expect(screen.getByRole('alert').textContent).toMatch(/prompt : \{clicks\} ne correspond à aucun nombre/);
  });

  it('has no serious axe violation, before and after a wrong answer', async () => {
    const user = userEvent.setup();
    const { container } = renderExercise(createElement('main', null, question()));
    expect(await seriousViolations(container)).toEqual([]);
    await check(user, '5');
    await check(user, '24.000');
    expect(await seriousViolations(container)).toEqual([]);
  });
});
