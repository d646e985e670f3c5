import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Answer, AnswerValue, ApiError } from '../../shared/api/index';
import { call } from '../api';
import { createAutosaver, type Autosaver, type SaveStatus } from './autosave';
import { registerFlush } from './flush-registry';

interface AnswersContextValue {
  profileId: string;
  answers: ReadonlyMap<string, Answer>;
}

const AnswersContext = createContext<AnswersContextValue | null>(null);

export function AnswersProvider({ profileId, answers, children }: AnswersContextValue & { children: ReactNode }) {
  const value = useMemo(() => ({ profileId, answers }), [profileId, answers]);
  return <AnswersContext.Provider value={value}>{children}</AnswersContext.Provider>;
}

/** The saved answer of one exercise, and an autosaver for the next ones. */
export function useAnswer<V extends AnswerValue>(exerciseId: string) {
  const context = useContext(AnswersContext);
  if (!context) throw new Error('useAnswer needs an AnswersProvider');
  const { profileId, answers } = context;
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<ApiError>();
  const saver = useRef<Autosaver<V>>(null);
  // The revision this page last saw: a save based on an older one is refused by the host.
  const revision = useRef(answers.get(exerciseId)?.revision ?? 0);

  useEffect(() => {
    const current = createAutosaver<V>(
      async (value) => {
        const result = await call('answer.save', { profileId, exerciseId, value, revision: revision.current });
        if (result.ok) revision.current = result.value.revision;
        return result;
      },
      (next, failure) => {
        setStatus(next);
        setError(failure);
      },
    );
    saver.current = current;
    const unregister = registerFlush(() => current.flush());
    const flushNow = () => void current.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flushNow();
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      unregister();
      current.dispose();
    };
  }, [profileId, exerciseId]);

  return {
    saved: answers.get(exerciseId)?.value as V | undefined,
    status,
    error,
    schedule: (value: V) => saver.current?.schedule(value),
    flush: () => saver.current?.flush(),
    retry: () => saver.current?.retry(),
  };
}
