import type { ExerciseKind } from '../exercises/kinds';

/**
 * The longest canonical JSON (UTF-8 bytes) an answer of each kind may have:
 * refused above it, and what the .cmwb import limit is computed from. A new
 * kind fails `tsc` until it is sized here (and in roundtrip-size.test.ts).
 * - funnel: 12 counts × 24 characters (the longest JSON of a count ≤ 10^12,
 *   0.0000012345678901234567), 11 commas, `{"counts":[],"kind":"funnel"}`: 328;
 * - quiz: 20 × `{"chosen":[0,1,2,3,4,5,6,7],"correct":false}`, the kind and a
 *   score of 20: 940;
 * - reflection: 4 000 UTF-16 units at 3 bytes (only a control character, which
 *   nobody types, escapes longer) and `{"kind":"reflection","text":""}`: 12 031.
 */
export const ANSWER_MAX_BYTES = {
  funnel: 336,
  quiz: 960,
  reflection: 12_064,
} as const satisfies Record<ExerciseKind, number>;
