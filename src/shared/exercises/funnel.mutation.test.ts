import { describe, expect, it } from 'vitest';
import { FUNNEL_STEP_LABELS, funnelKind, funnelLabels } from './funnel';

const NNBSP = '\u202f';
const answer = (counts: (number | null)[]) => ({ kind: 'funnel' as const, counts });

describe('the funnel kind', () => {
  it('uses the lesson’s own steps, or the four the lessons teach', () => {
    expect(funnelLabels({})).toBe(FUNNEL_STEP_LABELS);
    expect(funnelLabels({ steps: ['Vues', 'Clics'] })).toEqual(['Vues', 'Clics']);
  });

  it('is done once every step is filled, whatever their number', () => {
    expect(funnelKind.isDone(answer([1, 2, 3, 4]))).toBe(true);
    expect(funnelKind.isDone(answer([1, 0]))).toBe(true);
    expect(funnelKind.isDone(answer([1, null, 3, 4]))).toBe(false);
    expect(funnelKind.isDone(answer([null, null]))).toBe(false);
  });

  it('sums up an answer in one line, with the conversion once every step is in', () => {
    expect(funnelKind.summarize(answer([24000, 1200, 300, 15]))).toBe(
      `24${NNBSP}000 → 1${NNBSP}200 → 300 → 15 (conversion 0,06${NNBSP}%)`,
    );
    expect(funnelKind.summarize(answer([24000, null, 300, 15]))).toBe(`24${NNBSP}000 → — → 300 → 15`);
    // More steps than the four labels: still one conversion, from first to last.
    expect(funnelKind.summarize(answer([1000, 500, 100, 50, 10]))).toBe(
      `1${NNBSP}000 → 500 → 100 → 50 → 10 (conversion 1,00${NNBSP}%)`,
    );
    expect(funnelKind.summarize(answer([0, 0]))).toBe('0 → 0');
  });

  it('is not graded', () => {
    expect(funnelKind.score(answer([1, 1]))).toBeNull();
  });
});
