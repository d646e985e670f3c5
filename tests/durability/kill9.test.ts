import { describe, expect, it } from 'vitest';
import { killLoop } from './kill-loop';

const KILLS = Number(process.env.CMDAY_KILLS ?? 200);

describe('durability under kill -9', () => {
  it(`keeps every acknowledged answer across ${KILLS} SIGKILLs at random moments`, { timeout: 300_000 }, async () => {
    const result = await killLoop(KILLS);
    expect(result.kills).toBe(KILLS);
    expect(result.damaged).toEqual([]);
    expect(result.lost).toEqual([]);
    // The test means something only if saves were acknowledged before the kills.
    expect(result.acknowledged).toBeGreaterThan(KILLS);
  });
});
