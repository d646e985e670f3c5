import { accessSync, constants } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { playwrightPdfOptions } from './page-setup';
import { footerOf, PRINT_READY_TIMEOUT_MS, showAndAwaitScript } from './print-job';
import { PrinterUnavailableError, type Printer } from './printer';
import { keptPagePrinter } from './kept-page-printer';

/** The flags a headless Chromium needs on a machine with no network to reach. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** What the person reads when the web host has no Chromium to print with. */
export function chromiumMissingMessage(path: string): string {
  return (
    `L’export PDF a besoin du navigateur Chromium, introuvable ici (${path}). ` +
    'Installez-le (Debian/Ubuntu : sudo apt install chromium) ou indiquez son chemin dans la variable ' +
    'CHROMIUM_PATH, puis réessayez.'
  );
}

function requireExecutable(path: string): void {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new PrinterUnavailableError(chromiumMissingMessage(path));
  }
}

/**
 * The print view may load only from where it is served (the host's own
 * address, whichever it listens on), never from another machine.
 */
function isFromAppOrigin(url: string, appOrigin: string): boolean {
  try {
    const { origin, protocol } = new URL(url);
    return protocol === 'data:' || protocol === 'blob:' || origin === appOrigin;
  } catch {
    return false;
  }
}

export interface ChromiumPrinterOptions {
  /** The app's address (`http://127.0.0.1:5174/`); known once the host listens. */
  appUrl: () => string;
  executablePath?: string;
  readyTimeoutMs?: number;
}

/**
 * The web host's printer: the system Chromium, driven by playwright-core.
 * The browser starts and loads the app once (on `warm()` or the first job);
 * each job then only changes the page's route, so no export reloads the app.
 */
export function createChromiumPrinter({
  appUrl,
  executablePath = chromiumPath(),
  readyTimeoutMs = PRINT_READY_TIMEOUT_MS,
}: ChromiumPrinterOptions): Printer {
  let browser: Promise<Browser> | undefined;
  let page: Promise<Page> | undefined;
  let closed = false;

  const openPage = () => {
    if (closed) throw new PrinterUnavailableError('L’application s’arrête : rouvrez-la, puis réessayez.');
    page ??= (async () => {
      requireExecutable(executablePath);
      // Loaded on first use only: it is not needed for the host to start.
      browser ??= import('playwright-core').then(({ chromium }) =>
        chromium.launch({
          executablePath,
          headless: true,
          args: CHROMIUM_FLAGS,
          // The host stops itself on these signals (database closed, exit 0); playwright's
          // own handlers would exit 130 first, before the workbook is closed.
          handleSIGINT: false,
          handleSIGTERM: false,
          handleSIGHUP: false,
        }),
      );
      const url = appUrl();
      const origin = new URL(url).origin;
      const context = await (await browser).newContext({ locale: 'fr-FR' });
      await context.route('**/*', (route) =>
        isFromAppOrigin(route.request().url(), origin) ? route.continue() : route.abort(),
      );
      const opened = await context.newPage();
      await opened.goto(url);
      return opened;
    })();
    return page;
  };

  /** Starts afresh next time: the page or the browser may be gone. */
  const reset = async () => {
    const stale = browser;
    browser = undefined;
    page = undefined;
    await (await stale?.catch(() => undefined))?.close().catch(() => undefined);
  };

  return keptPagePrinter(
    {
      open: openPage,
      reset,
      async print(current, request) {
        const ready: unknown = await current.evaluate(showAndAwaitScript(request, readyTimeoutMs));
        return new Uint8Array(await current.pdf(playwrightPdfOptions(footerOf(ready))));
      },
    },
    { onClose: () => (closed = true) },
  );
}
