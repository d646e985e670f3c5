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
 * - metric-question: the 8 longest input names with 24-character numbers,
 *   10 attempts of 24 characters at 3 bytes with the longest mistake code and
 *   a 32-character time, 1 000 000 tries: 2 209;
 * - budget: 3 channels of the longer shape (monthlyCost, impressions) with
 *   60-character names at 3 bytes and 24-character numbers, a conclusion of
 *   2 000 characters at 3 bytes: 7 192;
 * - action-plan: 300 + 60 + 3 × 200 characters at 3 bytes, every channel
 *   ticked, the longest metric name, two 24-character numbers: 3 182.
 */
export const ANSWER_MAX_BYTES = {
  funnel: 336,
  quiz: 960,
  reflection: 12_064,
  'metric-question': 2_240,
  budget: 7_232,
  'action-plan': 3_200,
} as const satisfies Record<ExerciseKind, number>;
