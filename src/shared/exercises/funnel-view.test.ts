import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { funnel } from '../metrics';
import { FUNNEL_STEP_LABELS } from './funnel';
import { funnelView } from './funnel-view';

describe('funnelView', () => {
  it('matches the metrics funnel once every step is filled', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e7 }), { minLength: 4, maxLength: 4 }), (counts) => {
        const view = funnelView(FUNNEL_STEP_LABELS, counts);
        const reference = funnel(FUNNEL_STEP_LABELS.map((label, i) => ({ label, count: counts[i]! })));
        expect(view.complete).toBe(true);
        expect(view.overall).toBe(reference.overall);
        expect(view.steps.map((s) => s.stepRate)).toEqual(reference.steps.map((s) => s.stepRate));
      }),
    );
  });

  it('shows the rates it can while some steps are empty', () => {
    const view = funnelView(FUNNEL_STEP_LABELS, [24000, 1200, null, 15]);
    expect(view.complete).toBe(false);
    expect(view.overall).toBeNull();
    expect(view.steps.map((s) => s.stepRate)).toEqual([null, 0.05, null, null]);
    expect(view.steps[3]!.fromStart).toBe(15 / 24000);
  });

  it('shows step 2 alone, with no rate, when step 1 is empty', () => {
    const view = funnelView(FUNNEL_STEP_LABELS, [null, 1200, 300, null]);
    expect(view.steps.map((s) => s.count)).toEqual([null, 1200, 300, null]);
    expect(view.steps.map((s) => s.stepRate)).toEqual([null, null, 0.25, null]);
    expect(view.steps.map((s) => s.fromStart)).toEqual([null, null, null, null]);
    expect(view.biggestDrop).toBeNull();
  });

  it('follows the lesson’s steps when a saved answer has more or fewer counts', () => {
    const three = ['Vues', 'Clics', 'Ventes'];
    const longer = funnelView(three, [1000, 100, 10, 1, 0]);
    expect(longer.steps.map((s) => [s.label, s.count])).toEqual([
      ['Vues', 1000],
      ['Clics', 100],
      ['Ventes', 10],
    ]);
    expect(longer.complete).toBe(true);
    expect(longer.overall).toBe(0.01);
    const shorter = funnelView(FUNNEL_STEP_LABELS, [500, 50]);
    expect(shorter.steps).toHaveLength(4);
    expect(shorter.steps.map((s) => s.count)).toEqual([500, 50, null, null]);
    expect(shorter.complete).toBe(false);
  });

  it('never throws, whatever the labels and the stored counts', () => {
    const stored = fc.oneof(
      fc.constant(null),
      fc.double(),
      fc.integer({ min: -5, max: 1e9 }),
      fc.constantFrom(Number.NaN, Infinity),
    );
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 7 }), fc.array(stored, { maxLength: 13 }), (labels, counts) => {
        const view = funnelView(labels, counts);
        expect(view.steps).toHaveLength(labels.length);
        for (const step of view.steps) expect(step.count === null || step.count >= 0).toBe(true);
      }),
    );
  });

  it('names the step that loses the largest share of people', () => {
    const view = funnelView(FUNNEL_STEP_LABELS, [24000, 1200, 300, 15]);
    // 1 200 / 24 000 = 5 % and 15 / 300 = 5 %: the first of equal losses is named.
    expect(view.biggestDrop).toEqual({ from: 'Abonnés de la page', to: 'Interactions', index: 1, stepRate: 0.05 });
    const later = funnelView(FUNNEL_STEP_LABELS, [1000, 500, 400, 4]);
    expect(later.biggestDrop).toMatchObject({ from: 'Visites du site', to: 'Achats ou appels', stepRate: 0.01 });
  });

  it('names no drop with a single rate, or when no step loses anyone', () => {
    expect(funnelView(FUNNEL_STEP_LABELS, [100, 10, null, null]).biggestDrop).toBeNull();
    expect(funnelView(FUNNEL_STEP_LABELS, [100, 100, 200, 300]).biggestDrop).toBeNull();
  });
});
