import { clean, decimalsOf } from './decimals';

/**
 * Numbers of an exercise, different for each attendee and the same every time
 * one attendee opens it: drawn from a PRNG seeded by a hash of the profile,
 * the exercise and the input's name. Pure arithmetic: the same numbers on
 * every machine, in the renderer, the service and the print view.
 */

export interface SeedRange {
  min: number;
  max: number;
  /** The spacing of the values from min (default 1: whole steps). */
  step?: number;
}

/** A range that cannot be drawn from, with a French message for the content author. */
export class SeedRangeError extends RangeError {
  readonly input: string;

  constructor(input: string, reason: string) {
    super(`Plage de « ${input} » invalide : ${reason}`);
    this.name = 'SeedRangeError';
    this.input = input;
  }
}

/** cyrb53: a small, well-mixed 53-bit string hash (not for security, only to spread seeds). */
export function hashString(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** mulberry32: a 32-bit PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The PRNG draws 32 bits: more values than that would leave some unreachable.
const MAX_VALUES = 2 ** 32;

function check(name: string, range: SeedRange | undefined): Required<SeedRange> {
  if (typeof range !== 'object' || range === null) throw new SeedRangeError(name, 'donnez { min, max }.');
  const { min, max, step = 1 } = range;
  for (const [field, value] of [
    ['le minimum', min],
    ['le maximum', max],
    ['le pas', step],
  ] as const) {
    // Number.isFinite, unlike the global isFinite, takes no string for a number.
    if (!Number.isFinite(value)) {
      throw new SeedRangeError(name, `${field} doit être un nombre fini.`);
    }
  }
  if (min > max) throw new SeedRangeError(name, `le minimum (${min}) dépasse le maximum (${max}).`);
  if (step <= 0) throw new SeedRangeError(name, `le pas (${step}) doit être positif.`);
  if ((max - min) / step >= MAX_VALUES)
    throw new SeedRangeError(name, 'trop de valeurs possibles : agrandissez le pas.');
  return { min, max, step };
}

/**
 * One value per named range, within min..max, on min + k × step. The same
 * attendee and exercise always get the same numbers; another attendee gets
 * others. Throws SeedRangeError for a range that cannot be drawn from.
 */
export function seedInputs(
  profileId: string,
  exerciseId: string,
  ranges: Readonly<Record<string, SeedRange>>,
): Record<string, number> {
  const seeded: Record<string, number> = {};
  for (const [name, range] of Object.entries(ranges)) {
    const { min, max, step } = check(name, range);
    // A tiny allowance so that (0.6 − 0.3) / 0.1 = 2.9999999999999996 still counts 4 values.
    const count = Math.floor((max - min) / step + 1e-9) + 1;
    // Seeded per input, so adding a range to an exercise does not change the numbers already drawn.
    const random = mulberry32(hashString(`${profileId}\u0000${exerciseId}\u0000${name}`));
    const drawn = Math.floor(random() * count);
    // Stryker disable next-line ArithmeticOperator: random() < 1, so drawn is at most count − 1 and the cap never bites
    const k = Math.min(count - 1, drawn);
    const decimals = Math.max(decimalsOf(min), decimalsOf(step));
    const value = clean(min + k * step);
    const rounded = decimals <= 15 ? Number(value.toFixed(decimals)) : value;
    // Rounding to the decimals of min and step must not step outside the range the author gave.
    seeded[name] = Math.min(max, Math.max(min, rounded));
  }
  return seeded;
}
