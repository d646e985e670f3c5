import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../shared/api/index';

export type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

const LOADING = { state: 'loading' } as const;

/**
 * Runs an API call when its keys change; the page shows loading, the value, or
 * the French error. `reload` keeps the current value on screen until the new
 * one arrives, so forms and messages on the page are not torn down.
 */
export function useLoad<T>(run: () => Promise<Result<T>>, keys: readonly unknown[]): [Load<T>, () => void] {
  const [attempt, setAttempt] = useState(0);
  const base = JSON.stringify(keys);
  const key = JSON.stringify([base, attempt]);
  // The result remembers which keys it answers, so a change of keys reads as loading at once.
  const [answer, setAnswer] = useState<{ key: string; base: string; load: Load<T> }>();
  useEffect(() => {
    let live = true;
    void run().then((result) => {
      if (!live) return;
      setAnswer({
        key,
        base,
        load: result.ok ? { state: 'ready', value: result.value } : { state: 'error', message: result.error.message },
      });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names everything `run` depends on
  }, [key]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = answer?.key === key || answer?.base === base ? answer.load : LOADING;
  return [current, retry];
}
