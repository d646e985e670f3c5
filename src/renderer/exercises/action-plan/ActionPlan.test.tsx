// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { deadlineProblem } from '../../../shared/exercises/action-plan';
import { isExerciseDone } from '../../../shared/exercises/kinds';
import { lessonComponents } from '../registry';
import { renderExercise, stored } from '../render-exercise';

afterEach(cleanup);

/** Serious or critical axe-core violations; contrast needs a real layout and is checked end to end. */
async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

const plan = () =>
  createElement(lessonComponents.ActionPlan as React.ComponentType<Record<string, unknown>>, {
    id: 'plan-action-personnel',
  });

const FULL = {
  kind: 'action-plan',
  objective: 'Doubler les commandes venues d’Instagram.',
  kpi: 'conversionRate',
  current: 0.025,
  target: 0.04,
  channels: ['Instagram', 'WhatsApp'],
  otherChannel: '',
  deadline: '2026-09-30',
  actions: ['Publier trois fois', 'Répondre en une heure', 'Mesurer le lundi'],
};

const byLabel = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const setDate = (text: string) => fireEvent.change(byLabel('Échéance'), { target: { value: text } });

describe('<ActionPlan>', () => {
  it('offers every metric as the KPI, shows its formula, and reads the values in its unit', async () => {
    const user = userEvent.setup();
    const { saves } = renderExercise(plan());
    const kpi = screen.getByRole('combobox', { name: 'L’indicateur qui dira si l’objectif est atteint' });
    expect(kpi.querySelectorAll('option')).toHaveLength(18);
    await user.selectOptions(kpi, 'conversionRate');
    expect(screen.getByTestId('kpi-formula').textContent).toBe('Formule : conversions ÷ visites × 100');
    expect(kpi.getAttribute('aria-describedby')).toBe(screen.getByTestId('kpi-formula').id);
    await user.type(byLabel('Valeur actuelle (en %)'), '2,5');
    await user.type(byLabel('Valeur visée (en %)'), '4 %');
    byLabel('Valeur visée (en %)').blur();
    await waitFor(() =>
      expect(saves.at(-1)?.value).toMatchObject({ kpi: 'conversionRate', current: 0.025, target: 0.04 }),
    );
  });

  it('says in French what each field lacks or why it is refused, and saves nothing refused', async () => {
    const user = userEvent.setup();
    const { saves } = renderExercise(plan());
    await user.click(byLabel('Mon objectif, pour mon activité'));
    await user.tab();
    expect(screen.getByText('Écrivez votre objectif.')).toBeTruthy();
    expect(byLabel('Mon objectif, pour mon activité').getAttribute('aria-invalid')).toBe('true');
    await user.type(byLabel(/^Valeur actuelle/), '12');
    expect(screen.getByText('Choisissez d’abord l’indicateur.')).toBeTruthy();
    await user.clear(byLabel(/^Valeur actuelle/));
    // A date field never hands over a day that does not exist; the saved plan's schema refuses one all the same.
    expect(deadlineProblem('2026-02-30')).toBe('Cette date n’existe pas : choisissez un jour du calendrier.');
    expect(isExerciseDone('action-plan', { ...FULL, deadline: '2026-02-30' })).toBe(false);
    setDate('1999-12-31');
    expect(screen.getByText('Choisissez une date entre 2000 et 2100.')).toBeTruthy();
    expect(screen.getByText('Non enregistré : corrigez la valeur signalée en rouge.')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(saves.some((s) => s.value.kind === 'action-plan' && s.value.deadline !== '')).toBe(false);
    setDate('2026-09-30');
    await waitFor(() => expect(saves.at(-1)?.value).toMatchObject({ deadline: '2026-09-30' }));
  });

  it('is done once every required field is filled, and says so', async () => {
    const user = userEvent.setup();
    const { saves } = renderExercise(plan());
    await user.type(byLabel('Mon objectif, pour mon activité'), FULL.objective);
    await user.selectOptions(screen.getByRole('combobox'), 'conversionRate');
    await user.type(byLabel(/^Valeur actuelle/), '2,5');
    await user.type(byLabel(/^Valeur visée/), '4');
    await user.click(byLabel('Instagram'));
    await user.click(byLabel('WhatsApp'));
    setDate(FULL.deadline);
    for (const [i, action] of FULL.actions.entries()) {
      expect(screen.getByTestId('plan-status').textContent).toBe(
        `Il reste ${3 - i} ${3 - i > 1 ? 'champs' : 'champ'} à remplir.`,
      );
      await user.type(byLabel(`Action de la semaine ${i + 1}`), action);
    }
    expect(screen.getByTestId('plan-status').textContent).toBe('Plan complet.');
    byLabel('Action de la semaine 3').blur();
    await waitFor(() => expect(saves.at(-1)?.value).toEqual(FULL));
    expect(isExerciseDone('action-plan', saves.at(-1)!.value)).toBe(true);
    expect(isExerciseDone('action-plan', { ...FULL, actions: ['a', 'b', ' '] })).toBe(false);
  });

  it('shows a saved plan again, values in their unit', () => {
    renderExercise(plan(), [stored('plan-action-personnel', FULL)]);
    expect(byLabel('Mon objectif, pour mon activité').value).toBe(FULL.objective);
    expect(byLabel('Valeur actuelle (en %)').value).toBe('2,5');
    expect(byLabel('Instagram').checked).toBe(true);
    expect(byLabel('Facebook').checked).toBe(false);
    expect(byLabel('Échéance').value).toBe('2026-09-30');
    expect(screen.getByTestId('plan-status').textContent).toBe('Plan complet.');
  });

  it('prints every field, « Non renseigné » where empty', () => {
    const partial = { ...FULL, objective: '', actions: ['Publier trois fois', '', ''] };
    const { printed } = renderExercise(plan(), [stored('plan-action-personnel', partial)], { print: true });
    const text = printed!.textContent!;
    expect(text).toContain('Taux de conversion — Formule : conversions ÷ visites × 100');
    expect(text).toContain('2,5\u202f%');
    expect(text).toContain('4,0\u202f%');
    expect(text).toContain('Instagram, WhatsApp');
    expect(text).toContain('30 septembre 2026');
    expect(text).toContain('Publier trois fois');
    expect(text.match(/Non renseigné/g)).toHaveLength(3);
  });

  it('has no serious axe violation, also with every field said missing', async () => {
    const user = userEvent.setup();
    const { container } = renderExercise(createElement('main', null, plan()));
    expect(await seriousViolations(container)).toEqual([]);
    for (let i = 0; i < 16; i++) await user.tab();
    expect(screen.getAllByRole('alert').length).toBeGreaterThan(3);
    expect(await seriousViolations(container)).toEqual([]);
  });
});
