// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { lessonComponents } from '../registry';
import { renderExercise, stored } from '../render-exercise';

afterEach(cleanup);

/** Serious or critical axe-core violations; contrast needs a real layout and is checked end to end. */
async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

// The lesson's own props (content/next/03-publicite-ou-communaute.mdx).
const CHANNELS = [
  { name: 'Publicité Facebook', spend: 6000, cpm: 12.5, ctr: 0.005, conversionRate: 0.02 },
  { name: 'Community management', monthlyCost: 7000, impressions: 180000, ctr: 0.018, conversionRate: 0.03 },
];
const sandbox = (props: Record<string, unknown> = {}) =>
  createElement(lessonComponents.BudgetSandbox as React.ComponentType<Record<string, unknown>>, {
    id: 'pub-bac-a-sable',
    channels: CHANNELS,
    averageOrderValue: 250,
    grossMargin: 0.4,
    ...props,
  });

const cell = (row: string, channel: number) => screen.getByTestId(`${row}-${channel}`).textContent;
const field = (channel: string, label: string) =>
  within(screen.getByRole('group', { name: channel })).getByLabelText(label) as HTMLInputElement;
const MAD = (amount: string) => `${amount}\u00a0MAD`;

describe('<BudgetSandbox>', () => {
  it('computes each channel from the lesson’s hypotheses, ROI after margin first and ROI on revenue labelled', () => {
    renderExercise(sandbox());
    expect(screen.getByText('Données illustratives')).toBeTruthy();
    expect(field('Publicité Facebook', 'Taux de clic (%)').value).toBe('0,5');
    expect(field('Pour tous les canaux', 'Marge brute (%)').value).toBe('40');
    expect([cell('impressions', 0), cell('clicks', 0), cell('conversions', 0)]).toEqual([
      '480\u202f000',
      '2\u202f400',
      '48',
    ]);
    expect(cell('conversions', 1)).toBe('97,2');
    expect(cell('roiAfterMargin', 0)).toBe('-20,0\u202f%');
    expect(cell('roiAfterMargin', 1)).toBe('38,9\u202f%');
    expect(cell('roi', 0)).toBe('100,0\u202f%');
    expect(screen.getByRole('rowheader', { name: 'ROI sur CA (avant marge)' })).toBeTruthy();
    expect([cell('cpa', 0), cell('maxCpc', 0), cell('maxCpc', 1)]).toEqual([MAD('125,00'), MAD('2,00'), MAD('3,00')]);
    expect(screen.getByTestId('break-even').textContent).toMatch(/au plus 100,00\u00a0MAD .* sous un ROAS de 2,5,/);
  });

  it('saves an edited rate, typed as a percentage, and follows it in the results', async () => {
    const user = userEvent.setup();
    const { saves } = renderExercise(sandbox());
    const ctr = field('Publicité Facebook', 'Taux de clic (%)');
    await user.clear(ctr);
    await user.type(ctr, '1 %');
    ctr.blur();
    expect(cell('clicks', 0)).toBe('4\u202f800');
    await waitFor(() => expect(saves.at(-1)?.value).toMatchObject({ kind: 'budget' }));
    expect(saves.at(-1)).toEqual({
      exerciseId: 'pub-bac-a-sable',
      value: {
        kind: 'budget',
        channels: [{ ...CHANNELS[0], ctr: 0.01 }, CHANNELS[1]],
        averageOrderValue: 250,
        grossMargin: 0.4,
        split: null,
        conclusion: '',
      },
    });
  });

  it('refuses a rate over 100 % or a negative number in French, and saves neither', async () => {
    const user = userEvent.setup();
    const { saves } = renderExercise(sandbox());
    const conversion = field('Community management', 'Taux de conversion des clics (%)');
    fireEvent.change(conversion, { target: { value: '120' } });
    expect(screen.getByRole('alert').textContent).toBe(
      '« Taux de conversion des clics (%) » ne peut pas dépasser 100 %.',
    );
    expect(conversion.getAttribute('aria-invalid')).toBe('true');
    expect(cell('conversions', 1)).toBe('97,2');
    const margin = field('Pour tous les canaux', 'Marge brute (%)');
    await user.clear(margin);
    await user.type(margin, '-5');
    expect(within(margin.parentElement!).getByRole('alert').textContent).toMatch(/négatif n’a pas de sens/);
    margin.blur();
    await new Promise((resolve) => setTimeout(resolve, 800));
    // Only the cleared (empty) fields were refused on the way; nothing implausible was ever saved.
    expect(saves.every((s) => s.value.kind === 'budget' && s.value.grossMargin <= 1)).toBe(true);
    expect(saves.every((s) => s.value.kind === 'budget' && s.value.channels[1]!.conversionRate <= 1)).toBe(true);
    expect(screen.getByText('Non enregistré : corrigez la valeur signalée en rouge.')).toBeTruthy();
  });

  it('divides the total between the two channels with a labelled slider, and saves the split', async () => {
    const { saves } = renderExercise(sandbox());
    const slider = screen.getByLabelText(/^Part de « Publicité Facebook » dans le budget total de 13\s000,00\sMAD/);
    expect(slider.getAttribute('type')).toBe('range');
    expect((slider as HTMLInputElement).value).toBe('46');
    fireEvent.change(slider, { target: { value: '0' } });
    expect(slider.getAttribute('aria-valuetext')).toBe(
      `Publicité Facebook : 0\u202f% (${MAD('0,00')}) ; Community management : 100\u202f% (${MAD('13\u202f000,00')})`,
    );
    expect(screen.getByTestId('split-net').textContent).toBe(
      `Résultat des deux canaux (marge brute − budget) : ${MAD('5\u202f051,43')}`,
    );
    await waitFor(() => expect(saves.at(-1)?.value).toMatchObject({ kind: 'budget', split: 0 }));
  });

  it('draws the channels as one named image, not a tab stop', () => {
    renderExercise(sandbox());
    const chart = screen.getByRole('img', { name: /^Graphique : budget et marge brute gagnée par canal/ });
    expect(chart.getAttribute('aria-label')).toContain(
      `Publicité Facebook : budget ${MAD('6\u202f000,00')}, marge brute gagnée ${MAD('4\u202f800,00')}.`,
    );
    expect(chart.querySelector('[tabindex]:not([tabindex="-1"])')).toBeNull();
  });

  it('saves the conclusion, and shows a saved answer again', async () => {
    const user = userEvent.setup();
    const { saves } = renderExercise(sandbox());
    const box = screen.getByLabelText(/^Votre conclusion/);
    expect(box.getAttribute('maxlength')).toBe('2000');
    await user.type(box, 'Le community management.');
    box.blur();
    await waitFor(() => expect(saves.at(-1)?.value).toMatchObject({ conclusion: 'Le community management.' }));
    cleanup();
    const saved = { ...(saves.at(-1)!.value as object), grossMargin: 0.5, split: 0.25 };
    renderExercise(sandbox(), [stored('pub-bac-a-sable', saved)]);
    expect(field('Pour tous les canaux', 'Marge brute (%)').value).toBe('50');
    expect((screen.getByRole('slider') as HTMLInputElement).value).toBe('25');
    expect((screen.getByLabelText(/^Votre conclusion/) as HTMLTextAreaElement).value).toBe('Le community management.');
  });

  it('prints the hypotheses, the results, the split and the conclusion, marked illustrative', () => {
    const saved = stored('pub-bac-a-sable', {
      kind: 'budget',
      channels: [{ ...CHANNELS[0], ctr: 0.01 }, CHANNELS[1]],
      averageOrderValue: 250,
      grossMargin: 0.4,
      split: 0.5,
      conclusion: 'La publicité, si le CTR tient.',
    });
    const { printed } = renderExercise(sandbox(), [saved], { print: true });
    const text = printed!.textContent!;
    expect(text).toContain('Données illustratives');
    expect(text).toContain('Taux de clic (%) 1 ;');
    expect(text).toContain('ROI après marge');
    expect(printed!.querySelectorAll('table')).toHaveLength(2);
    expect(text).toContain('Et si le même budget était réparti autrement ?');
    expect(text).toContain('La publicité, si le CTR tient.');
  });

  it('has no serious axe violation, also with a refused number', async () => {
    const { container } = renderExercise(createElement('main', null, sandbox()));
    expect(await seriousViolations(container)).toEqual([]);
    fireEvent.change(field('Publicité Facebook', 'Taux de clic (%)'), { target: { value: '150' } });
    expect(await seriousViolations(container)).toEqual([]);
  });
});
