import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../../../shared/api/channel';
import { electronPdfOptions } from '../../pdf/page-setup';
import { footerOf, PRINT_READY_TIMEOUT_MS, showAndAwaitScript } from '../../pdf/print-job';
import { PrinterUnavailableError, type Printer } from '../../pdf/printer';
import { keptPagePrinter } from '../../pdf/kept-page-printer';
import { secureWebPreferences } from './window-options';

/**
 * The desktop's printer: Electron's own Chromium, in a hidden window with
 * the same locks as the main one. The window loads the app once (on `warm()`
 * or the first job) and is kept: each job only changes its route and waits
 * for that job's ready element, as the web host's printer does.
 */
export function createElectronPrinter({
  preload,
  readyTimeoutMs = PRINT_READY_TIMEOUT_MS,
}: {
  preload: string;
  readyTimeoutMs?: number;
}): Printer {
  let window: Promise<BrowserWindow> | undefined;
  let closed = false;

  const open = () => {
    if (closed) throw new PrinterUnavailableError('L’application se ferme : rouvrez-la, puis réessayez.');
    window ??= (async () => {
      const created = new BrowserWindow({
        show: false,
        // Hidden, it must still lay out and paint: the print view waits for painted frames.
        webPreferences: { ...secureWebPreferences(preload), backgroundThrottling: false },
      });
      try {
        await created.loadURL(`${APP_ORIGIN}/index.html`);
      } catch (error) {
        created.destroy();
        throw error;
      }
      return created;
    })();
    return window;
  };

  /** Starts afresh next time: the page may be stuck or gone. */
  const reset = async () => {
    const stale = window;
    window = undefined;
    (await stale?.catch(() => undefined))?.destroy();
  };

  return keptPagePrinter(
    {
      open,
      reset,
      async print({ webContents }, request) {
        const ready: unknown = await webContents.executeJavaScript(showAndAwaitScript(request, readyTimeoutMs));
        return new Uint8Array(await webContents.printToPDF(electronPdfOptions(footerOf(ready))));
      },
    },
    // The hidden window would keep the app from quitting once the main window is closed.
    { onClose: () => (closed = true) },
  );
}
