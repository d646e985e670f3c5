import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashString, mulberry32, seedInputs, SeedRangeError } from './seed';

const RANGES = {
  followers: { min: 5_000, max: 50_000, step: 100 },
  engagements: { min: 100, max: 3_000 },
  grossMargin: { min: 0.2, max: 0.6, step: 0.05 },
};

describe('seedInputs', () => {
  it('gives one attendee the same numbers every time', () => {
    const first = seedInputs('b7c6a1e2-0000-4000-8000-000000000001', 'taux-engagement', RANGES);
    expect(seedInputs('b7c6a1e2-0000-4000-8000-000000000001', 'taux-engagement', RANGES)).toEqual(first);
    expect(Object.keys(first)).toEqual(['followers', 'engagements', 'grossMargin']);
  });

  it('gives these numbers on every machine (a pure hash and PRNG, no platform random)', () => {
    // Pinned: a change here changes every attendee's numbers in a running session.
    expect(hashString('')).toBe(3338908027751811);
    expect(mulberry32(1)()).toBeCloseTo(0.6270739405881613, 15);
    expect(seedInputs('ana', 'cpm-1', { spend: { min: 0, max: 1000 } })).toEqual(
      seedInputs('ana', 'cpm-1', { spend: { min: 0, max: 1000 } }),
    );
  });

  it('gives neighbouring attendees different numbers', () => {
    const ids = [
      ...Array.from({ length: 200 }, (_, i) => `profil-${i}`),
      ...Array.from({ length: 200 }, (_, i) => `b7c6a1e2-0000-4000-8000-${String(i).padStart(12, '0')}`),
    ];
    const drawn = ids.map((id) => JSON.stringify(seedInputs(id, 'taux-engagement', RANGES)));
    for (let i = 1; i < drawn.length; i++) expect(drawn[i], ids[i]).not.toBe(drawn[i - 1]);
    // And not just neighbours: 400 attendees share hardly any set of numbers.
    expect(new Set(drawn).size).toBeGreaterThan(395);
  });

  it('gives one attendee different numbers in different exercises', () => {
    const a = seedInputs('ana', 'exercice-1', RANGES);
    const b = seedInputs('ana', 'exercice-2', RANGES);
    expect(a).not.toEqual(b);
  });

  it('reaches every value of a small range, about evenly', () => {
    const counts = new Map<number, number>();
    for (let i = 0; i < 2000; i++) {
      const { n } = seedInputs(`profil-${i}`, 'x', { n: { min: 1, max: 10 } });
      counts.set(n!, (counts.get(n!) ?? 0) + 1);
    }
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const count of counts.values()) expect(count).toBeGreaterThan(120); // 200 expected each
  });

  it('keeps the numbers already drawn when a range is added', () => {
    const before = seedInputs('ana', 'cpm', { spend: { min: 100, max: 5000 } });
    const after = seedInputs('ana', 'cpm', { spend: { min: 100, max: 5000 }, impressions: { min: 1000, max: 90000 } });
    expect(after.spend).toBe(before.spend);
  });

  it('stays within min..max, on min + k × step', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 99 }),
        (profile, exercise, minUnits, decimals, stepUnits, steps, extra) => {
          const min = Number((minUnits / 10 ** decimals).toFixed(decimals));
          const step = Number((stepUnits / 10 ** decimals).toFixed(decimals));
          // A max off the grid too: the last step must not overshoot it.
          const max = min + steps * step + (extra / 100) * step;
          const { v } = seedInputs(profile, exercise, { v: { min, max, step } });
          expect(v).toBeGreaterThanOrEqual(min);
          expect(v).toBeLessThanOrEqual(max);
          const k = (v! - min) / step;
          expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-6);
          expect(v).toBe(Number(v!.toFixed(decimals)));
        },
      ),
    );
  });

  it('gives min when min = max', () => {
    expect(seedInputs('ana', 'x', { n: { min: 7, max: 7 } })).toEqual({ n: 7 });
  });

  it.each([
    [{ min: 10, max: 5 }, 'Plage de « n » invalide : le minimum (10) dépasse le maximum (5).'],
    [{ min: 0, max: 5, step: 0 }, 'Plage de « n » invalide : le pas (0) doit être positif.'],
    [{ min: 0, max: 5, step: -1 }, 'le pas (-1) doit être positif.'],
    [{ min: Number.NaN, max: 5 }, 'le minimum doit être un nombre fini.'],
    [{ min: 0, max: Number.POSITIVE_INFINITY }, 'le maximum doit être un nombre fini.'],
    [{ min: 0, max: 1e12, step: 1e-3 }, 'trop de valeurs possibles'],
    [null, 'donnez { min, max }.'],
  ])('refuses %j in French', (range, message) => {
    const draw = () => seedInputs('ana', 'x', { n: range as never });
    expect(draw).toThrow(SeedRangeError);
    expect(draw).toThrow(RangeError);
    expect(draw).toThrow(message);
  });
});
