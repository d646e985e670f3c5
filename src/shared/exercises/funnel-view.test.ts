import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { funnel } from '../metrics';
import { FUNNEL_STEP_LABELS, funnelView } from './funnel-view';

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
});
