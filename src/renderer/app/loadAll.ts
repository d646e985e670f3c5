import type { Result } from '../../shared/api/index';

type Values<T extends Record<string, Promise<Result<unknown>>>> = {
  [K in keyof T]: T[K] extends Promise<Result<infer V>> ? V : never;
};

/** Several API calls at once: all their values, or the first error. */
export async function loadAll<T extends Record<string, Promise<Result<unknown>>>>(
  calls: T,
): Promise<Result<Values<T>>> {
  const entries = await Promise.all(Object.entries(calls).map(async ([key, promise]) => [key, await promise] as const));
  const values: Record<string, unknown> = {};
  for (const [key, result] of entries) {
    if (!result.ok) return result;
    values[key] = result.value;
  }
  return { ok: true, value: values as Values<T> };
}
