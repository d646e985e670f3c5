import { describe, expect, it } from 'vitest';
import { FUNNEL_STEP_LABELS, funnelKind } from './funnel';
import { funnelView } from './funnel-view';

describe('funnelView, at its edges', () => {
  it('reads a stored count that is not a finite, non-negative number as empty', () => {
    const view = funnelView(['Vues', 'Clics'], [Number.POSITIVE_INFINITY, 10]);
    expect(view.steps.map((s) => s.count)).toEqual([null, 10]);
    expect(view.complete).toBe(false);
    expect(funnelView(['Vues', 'Clics'], [100, -1]).steps[1]!.count).toBeNull();
  });

  it('computes a funnel of two steps, the fewest there can be', () => {
    const view = funnelView(['Vues', 'Clics'], [200, 50]);
    expect(view.complete).toBe(true);
    expect(view.overall).toBe(0.25);
    expect(view.biggestDrop).toBeNull();
  });

  it('names the drop as soon as two step rates are known', () => {
    const view = funnelView(FUNNEL_STEP_LABELS, [100, 10, 5, null]);
    expect(view.complete).toBe(false);
    expect(view.biggestDrop).toEqual({ from: 'Abonnés de la page', to: 'Interactions', index: 1, stepRate: 0.1 });
  });

  it('gives the first step no rate of its own', () => {
    const view = funnelView(['Vues', 'Clics', 'Achats'], [100, 10, null]);
    expect(view.steps.map((s) => s.stepRate)).toEqual([null, 0.1, null]);
    expect(view.steps.map((s) => s.fromStart)).toEqual([1, 0.1, null]);
  });
});

describe('the funnel kind beyond the four taught steps', () => {
  it('sums up a funnel of six steps with its overall conversion', () => {
    expect(funnelKind.summarize({ kind: 'funnel', counts: [100, 80, 60, 40, 20, 10] })).toBe(
      '100 → 80 → 60 → 40 → 20 → 10 (conversion 10,00\u202f%)',
    );
  });
});
