/**
 * Runs tasks one at a time, in order: a printer has one page, and each job
 * changes its route. A failed task does not stop the ones after it.
 */
export function serial() {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = queue.then(task);
      queue = result.catch(() => undefined);
      return result;
    },
    /** Resolves once every task asked for so far has ended. */
    idle: () => queue.then(() => undefined),
  };
}
