import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../shared/api/index';

export type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

const LOADING = { state: 'loading' } as const;

/** Runs an API call when its keys change; the page shows loading, the value, or the French error. */
export function useLoad<T>(run: () => Promise<Result<T>>, keys: readonly unknown[]): [Load<T>, () => void] {
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify([...keys, attempt]);
  // The result remembers which keys it answers, so a change of keys reads as loading at once.
  const [answer, setAnswer] = useState<{ key: string; load: Load<T> }>();
  useEffect(() => {
    let live = true;
    void run().then((result) => {
      if (!live) return;
      setAnswer({
        key,
        load: result.ok ? { state: 'ready', value: result.value } : { state: 'error', message: result.error.message },
      });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names everything `run` depends on
  }, [key]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [answer?.key === key ? answer.load : LOADING, retry];
}
