import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Answer, ApiError } from '../../shared/api/index';
import { readAnswer, type AnswerOf, type ExerciseKind } from '../../shared/exercises/kinds';
import { call } from '../api';
import { createAutosaver, type Autosaver, type SaveStatus } from './autosave';
import { isAttendeePage } from '../classroom/role';
import { registerFlush } from './flush-registry';

interface AnswersProviderProps {
  profileId: string;
  /** The answers as loaded with the page. */
  answers: ReadonlyMap<string, Answer>;
}

interface AnswersContextValue extends AnswersProviderProps {
  /** Called once a save is acknowledged, so the page's progress follows what is saved. */
  recordSaved(answer: Answer): void;
}

const AnswersContext = createContext<AnswersContextValue | null>(null);

/**
 * The page's saved answers: those loaded with it, then each one the host
 * acknowledges (never a value that is only typed).
 */
export function AnswersProvider({ profileId, answers, children }: AnswersProviderProps & { children: ReactNode }) {
  const [saved, setSaved] = useState({ from: answers, live: answers });
  // A reload of the page's data starts again from what it loaded.
  if (saved.from !== answers) setSaved({ from: answers, live: answers });
  const live = saved.from === answers ? saved.live : answers;
  const recordSaved = useCallback(
    (answer: Answer) =>
      setSaved((current) => ({ from: current.from, live: new Map(current.live).set(answer.exerciseId, answer) })),
    [],
  );
  const value = useMemo(() => ({ profileId, answers: live, recordSaved }), [profileId, live, recordSaved]);
  return <AnswersContext.Provider value={value}>{children}</AnswersContext.Provider>;
}

/** Every saved answer of the page, by exercise id (progress). */
export function useSavedAnswers(): ReadonlyMap<string, Answer> {
  return useAnswers().answers;
}

/** The attendee whose answers these are: seeds the numbers drawn for them (MetricQuestion). */
export function useProfileId(): string {
  return useAnswers().profileId;
}

function useAnswers(): AnswersContextValue {
  const context = useContext(AnswersContext);
  if (!context) throw new Error('useAnswer needs an AnswersProvider');
  return context;
}

export interface StoredAnswer<K extends ExerciseKind> {
  /** The saved answer, checked against the kind's schema; undefined when there is none or it cannot be read. */
  saved: AnswerOf<K> | undefined;
  /** Something is saved but is not an answer of this kind (another kind, an older shape): shown as empty. */
  unreadable: boolean;
}

/**
 * The saved answer of one exercise as its kind reads it. A value of another
 * kind or shape (the lesson changed since it was saved) is never cast: the
 * exercise shows empty, with a notice, and the next save replaces it.
 */
export function useStoredAnswer<K extends ExerciseKind>(exerciseId: string, kind: K): StoredAnswer<K> {
  const { answers } = useAnswers();
  const stored = answers.get(exerciseId);
  return useMemo(() => {
    if (!stored) return { saved: undefined, unreadable: false };
    const saved = readAnswer(kind, stored.value);
    return saved === null ? { saved: undefined, unreadable: true } : { saved, unreadable: false };
  }, [stored, kind]);
}

/** The saved answer of one exercise, and an autosaver for the next ones. */
export function useAnswer<K extends ExerciseKind>(exerciseId: string, kind: K) {
  const { profileId, answers, recordSaved } = useAnswers();
  const { saved, unreadable } = useStoredAnswer(exerciseId, kind);
  // An answer loaded with the page is one the host committed: said « Enregistré » from the start.
  const [status, setStatus] = useState<SaveStatus>(saved === undefined ? 'idle' : 'saved');
  const [error, setError] = useState<ApiError>();
  const saver = useRef<Autosaver<AnswerOf<K>>>(null);
  // The revision this page last saw: a save based on an older one is refused by the host.
  const revision = useRef(answers.get(exerciseId)?.revision ?? 0);

  useEffect(() => {
    const current = createAutosaver<AnswerOf<K>>(
      async (value) => {
        const result = await call('answer.save', { profileId, exerciseId, value, revision: revision.current });
        if (result.ok) {
          revision.current = result.value.revision;
          recordSaved({ exerciseId, value, revision: result.value.revision, updatedAt: result.value.savedAt });
        }
        return result;
      },
      (next, failure) => {
        setStatus(next);
        setError(failure);
      },
      // An attendee's page rides out a Wi-Fi drop; the trainer's own screen says at once that its host is gone.
      { keepWhenOffline: isAttendeePage },
    );
    saver.current = current;
    const unregister = registerFlush(() => current.flush());
    const flushNow = () => void current.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flushNow();
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', flushNow);
    window.addEventListener('online', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', flushNow);
      window.removeEventListener('online', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      unregister();
      current.dispose();
    };
  }, [profileId, exerciseId, recordSaved]);

  return {
    saved,
    unreadable,
    status,
    error,
    schedule: (value: AnswerOf<K>) => saver.current?.schedule(value),
    /** Saves at once (a « Valider » button), without waiting for the quiet delay. */
    saveNow: (value: AnswerOf<K>) => {
      saver.current?.schedule(value);
      return saver.current?.flush();
    },
    flush: () => saver.current?.flush(),
    /** Drops the value waiting to be saved (the field now holds one that cannot be). */
    cancel: () => saver.current?.cancel(),
    retry: () => saver.current?.retry(),
  };
}
