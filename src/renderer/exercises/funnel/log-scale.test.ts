import { describe, expect, it } from 'vitest';
import { logScale } from './log-scale';

describe('the funnel chart’s log scale', () => {
  it('ticks each power of ten up to the largest count, and draws a thousand times less as a visible bar', () => {
    const scale = logScale([24000, 1200, 300, 15, null]);
    expect(scale.ticks).toEqual([1, 10, 100, 1000, 10000, 100000]);
    expect(scale.at(15)).toBeGreaterThan(scale.at(24000) / 4);
    expect(scale.at(24000)).toBeLessThanOrEqual(1);
    expect(scale.at(1)).toBeGreaterThan(0);
  });

  it('draws nothing for an empty or zero count, and keeps order', () => {
    const scale = logScale([0, null]);
    expect(scale.ticks).toEqual([1]);
    expect(scale.at(0)).toBe(0);
    expect(scale.at(null)).toBe(0);
    const wide = logScale([1e6]);
    expect(wide.at(10)).toBeLessThan(wide.at(100));
  });
});
