export interface RateLimiterOptions {
  /** Attempts allowed per key within `windowMs`. */
  limit: number;
  windowMs: number;
  now?: () => number;
  /** Keys remembered at most (a flood of addresses cannot grow memory without end). */
  maxKeys?: number;
}

/**
 * A sliding window per key (an IP address): `hit` says whether one more
 * attempt is allowed now. Refused attempts are not recorded, so someone who
 * keeps trying gets `limit` tries per window, never more.
 */
export function createRateLimiter({ limit, windowMs, now = Date.now, maxKeys = 10_000 }: RateLimiterOptions) {
  const recent = new Map<string, number[]>();

  const prune = (time: number) => {
    for (const [key, times] of recent) {
      if (times.every((t) => time - t >= windowMs)) recent.delete(key);
    }
    // Still too many live keys: the oldest go first (a Map keeps insertion order).
    for (const key of recent.keys()) {
      if (recent.size < maxKeys) break;
      recent.delete(key);
    }
  };

  return {
    hit(key: string): boolean {
      const time = now();
      const times = (recent.get(key) ?? []).filter((t) => time - t < windowMs);
      if (times.length >= limit) {
        recent.set(key, times);
        return false;
      }
      times.push(time);
      recent.delete(key);
      if (recent.size >= maxKeys) prune(time);
      recent.set(key, times);
      return true;
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
