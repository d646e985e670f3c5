import { describe, expect, it } from 'vitest';
import { decimalsOf } from './decimals';
import { seedInputs, SeedRangeError } from './seed';

const profiles = Array.from({ length: 40 }, (_, i) => `profil-${i}`);

describe('seedInputs refuses a range it cannot draw from', () => {
  it('with an error named SeedRangeError, that says which input', () => {
    try {
      seedInputs('ana', 'x', { spend: { min: 10, max: 5 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SeedRangeError);
      expect((error as SeedRangeError).name).toBe('SeedRangeError');
      expect((error as SeedRangeError).input).toBe('spend');
    }
  });

  it.each([
    [5, 'Plage de « n » invalide : donnez { min, max }.'],
    ['1..10', 'Plage de « n » invalide : donnez { min, max }.'],
    [{ min: '1', max: 10 }, 'Plage de « n » invalide : le minimum doit être un nombre fini.'],
    [{ min: 1, max: 10, step: '1' }, 'Plage de « n » invalide : le pas doit être un nombre fini.'],
  ])('refuses %j', (range, message) => {
    const draw = () => seedInputs('ana', 'x', { n: range as never });
    expect(draw).toThrow(SeedRangeError);
    expect(draw).toThrow(message);
  });

  it('draws from at most 2³² values, the PRNG’s 32 bits', () => {
    expect(() => seedInputs('ana', 'x', { n: { min: 0, max: 2 ** 32 } })).toThrow('trop de valeurs possibles');
    const { n } = seedInputs('ana', 'x', { n: { min: 0, max: 2 ** 32 - 1 } });
    expect(n).toBeGreaterThanOrEqual(0);
    expect(n).toBeLessThan(2 ** 32);
  });

  it('counts the values of a narrow range of large numbers, not their size', () => {
    const { n } = seedInputs('ana', 'x', { n: { min: 2 ** 32, max: 2 ** 32 + 10 } });
    expect(n).toBeGreaterThanOrEqual(2 ** 32);
    expect(n).toBeLessThanOrEqual(2 ** 32 + 10);
  });
});

describe('seedInputs writes its numbers with the decimals of min and step', () => {
  it('rounds away what a min computed by division carries beyond them', () => {
    // 2 ÷ 105 reads 0,019047619047619 (15 decimals); min + 0,01 must not show a 16th.
    const min = 2 / 105;
    const drawn = profiles.map((id) => seedInputs(id, 'x', { n: { min, max: min + 0.05, step: 0.01 } }).n!);
    expect(new Set(drawn).size).toBeGreaterThan(3);
    for (const n of drawn) {
      expect(decimalsOf(n)).toBeLessThanOrEqual(15);
      expect(n).toBeGreaterThanOrEqual(min);
    }
    expect(drawn).toContain(0.029047619047619);
  });

  it('draws from a range finer than toFixed can write (over 100 decimals)', () => {
    const { n } = seedInputs('ana', 'x', { n: { min: 0, max: 1e-100, step: 1e-101 } });
    expect(n).toBeGreaterThanOrEqual(0);
    expect(n).toBeLessThanOrEqual(1e-100);
  });
});
