import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../shared/api/index';

export type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/** Runs an API call when its keys change; the page shows loading, the value, or the French error. */
export function useLoad<T>(run: () => Promise<Result<T>>, keys: readonly unknown[]): [Load<T>, () => void] {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    void run().then((result) => {
      if (!live) return;
      setLoad(result.ok ? { state: 'ready', value: result.value } : { state: 'error', message: result.error.message });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keys name what run depends on
  }, [...keys, attempt]);
  return [load, useCallback(() => setAttempt((n) => n + 1), [])];
}
