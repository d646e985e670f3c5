import type { ApiError, Result } from '../../shared/api/index';

/** `offline`: the host could not be reached; the value is kept and sent again (see `keepWhenOffline`). */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'offline';

export interface AutosaveOptions {
  delayMs?: number;
  /**
   * When no host answers at all (error code `offline`), keep the value and
   * send it again every `offlineRetryMs` (and on `flush`) until a save is
   * committed, instead of failing: an attendee's page over a shaky Wi-Fi.
   */
  keepWhenOffline?: () => boolean;
  offlineRetryMs?: number;
}

export interface Autosaver<T> {
  /** Remembers the newest value and saves it after `delayMs` of quiet. */
  schedule(value: T): void;
  /** Saves the pending value now (blur, page hide, window close). */
  flush(): Promise<void>;
  /** Sends the value whose save failed again. */
  retry(): Promise<void>;
  /**
   * Forgets the value waiting to be saved: typed on the way to a value that
   * turned out wrong (« 24.00 » before « 24.000 »), it must not be written.
   */
  cancel(): void;
  dispose(): void;
}

/**
 * Debounced saving in order: one save at a time, the newest value wins, and the
 * status says "saved" only once the host acknowledged the commit.
 */
export function createAutosaver<T>(
  save: (value: T) => Promise<Result<unknown>>,
  onStatus: (status: SaveStatus, error?: ApiError) => void,
  delayOrOptions: number | AutosaveOptions = 400,
): Autosaver<T> {
  const {
    delayMs = 400,
    keepWhenOffline = () => false,
    offlineRetryMs = 3000,
  } = typeof delayOrOptions === 'number' ? { delayMs: delayOrOptions } : delayOrOptions;
  let pending: { value: T } | undefined;
  let failed: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();

  const send = (value: T) => {
    chain = chain.then(async () => {
      onStatus('saving');
      const result = await save(value);
      if (result.ok) {
        failed = undefined;
        onStatus(pending ? 'pending' : 'saved');
      } else if (result.error.code === 'offline' && keepWhenOffline()) {
        // Not acknowledged, not lost: it waits as the pending value (unless one was typed since) and goes again.
        pending ??= { value };
        failed = undefined;
        onStatus('offline', result.error);
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void flush(), offlineRetryMs);
      } else {
        failed = { value };
        onStatus('error', result.error);
      }
    });
    return chain;
  };

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending) return chain;
    const { value } = pending;
    pending = undefined;
    return send(value);
  };

  return {
    schedule(value) {
      pending = { value };
      onStatus('pending');
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    retry() {
      if (pending) return flush();
      return failed ? send(failed.value) : chain;
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
    dispose() {
      void flush();
    },
  };
}
