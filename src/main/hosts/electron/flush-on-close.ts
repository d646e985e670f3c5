import type { BrowserWindow } from 'electron';

const FLUSH = 'typeof window.cmdayFlushAll === "function" ? window.cmdayFlushAll() : undefined';

/**
 * Holds a closing window until the page has sent its pending answers (at most
 * `timeoutMs`), then closes it: typing just before closing is not lost.
 */
export function flushBeforeClose(window: BrowserWindow, timeoutMs = 3000): void {
  let flushed = false;
  window.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    const timeout = new Promise((resolve) => setTimeout(resolve, timeoutMs));
    void Promise.race([window.webContents.executeJavaScript(FLUSH), timeout])
      .catch(() => undefined)
      .finally(() => {
        flushed = true;
        window.close();
      });
  });
}
