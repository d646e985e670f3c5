import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('the join rate limit', () => {
  it('allows `limit` attempts per key and window, then refuses until the oldest leaves the window', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: () => now });
    expect(
      [0, 10, 20].map((time) => {
        now = time;
        return limiter.hit('10.0.0.5');
      }),
    ).toEqual([true, true, true]);
    expect(limiter.hit('10.0.0.5')).toBe(false);
    // Another address is not held back.
    expect(limiter.hit('10.0.0.6')).toBe(true);
    now = 59_999;
    expect(limiter.hit('10.0.0.5')).toBe(false);
    // The attempt at 0 has left the window, those at 10 and 20 have not: one more, not three.
    now = 60_000;
    expect(limiter.hit('10.0.0.5')).toBe(true);
    expect(limiter.hit('10.0.0.5')).toBe(false);
  });

  it('does not count refused attempts: hammering never earns more tries', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, now: () => now });
    limiter.hit('a');
    limiter.hit('a');
    for (now = 1; now < 1000; now += 100) expect(limiter.hit('a')).toBe(false);
    now = 1000;
    expect(limiter.hit('a')).toBe(true);
  });

  it('remembers a bounded number of addresses', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, now: () => 0, maxKeys: 100 });
    for (let i = 0; i < 1000; i += 1) limiter.hit(`k${i}`);
    // The first keys were forgotten to make room: they may try again, the last ones may not.
    expect(limiter.hit('k0')).toBe(true);
    expect(limiter.hit('k999')).toBe(false);
  });
});
