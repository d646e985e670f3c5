import type { Db } from '../db';

interface Job {
  work: () => unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** SQLite rolled the whole transaction back by itself (full disk, I/O error): the rest of the batch must not run outside it. */
class BatchAborted extends Error {}

/**
 * Group commit: the writes that arrive in one turn of the event loop (a room
 * of attendees saving at once) are committed in one transaction, so one
 * fsync (synchronous=FULL) covers them all instead of one each. Each write
 * runs in its own savepoint: one that throws (a revision conflict) is rolled
 * back alone and rejected alone, the others go on. Every promise settles only
 * after the COMMIT has returned: nothing is acknowledged before it is on disk.
 */
export function createCommitQueue(db: Db, schedule: (flush: () => void) => void = setImmediate) {
  let pending: Job[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const batch = pending;
    pending = [];
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      db.transaction(() => {
        for (const job of batch) {
          // Stryker disable next-line StringLiteral: never shown, the batch is rejected with the write's own error (the cause)
          if (!db.inTransaction) throw new BatchAborted('transaction rolled back by SQLite');
          try {
            outcomes.push({ ok: true, value: db.transaction(job.work)() });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      }).immediate();
    } catch (error) {
      // Nothing of the batch is known to be committed: every write of it fails with the commit's error.
      const cause =
        error instanceof BatchAborted ? (outcomes.findLast((o) => !o.ok) as { error: unknown }).error : error;
      for (const job of batch) job.reject(cause);
      return;
    }
    batch.forEach((job, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  };

  return {
    /** Runs `work` inside the next group transaction; settles once that transaction is committed. */
    run<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (!scheduled) {
          scheduled = true;
          schedule(flush);
        }
      });
    },
  };
}

export type CommitQueue = ReturnType<typeof createCommitQueue>;
