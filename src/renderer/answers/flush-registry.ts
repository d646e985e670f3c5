/**
 * Every autosaver on the page, so a closing window can flush them all and
 * wait: the Electron host calls `window.cmdayFlushAll()` before it closes.
 */
const flushers = new Set<() => Promise<void>>();

export function registerFlush(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushAll(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush()));
}

declare global {
  interface Window {
    cmdayFlushAll?: () => Promise<void>;
  }
}

window.cmdayFlushAll = flushAll;
