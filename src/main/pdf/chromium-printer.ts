import type { Browser, Page } from 'playwright-core';

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

export interface PrintJob {
  /** The print view's address. */
  url: string;
  /** What the page shows once it is drawn and may be printed. */
  readySelector: string;
}

export interface PdfPrinter {
  /** Prints the page to an A4 PDF once `readySelector` is on it. Jobs run one at a time. */
  print(job: PrintJob): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * The print view may load only from where it is served (the host's own
 * address, whichever it listens on), never from another machine.
 */
function isFromJobOrigin(url: string, jobOrigin: string): boolean {
  try {
    const { origin, protocol } = new URL(url);
    return protocol === 'data:' || protocol === 'blob:' || origin === jobOrigin;
  } catch {
    return false;
  }
}

/**
 * The web host's printer: the system Chromium, driven by playwright-core.
 * Browser and page start on the first export and stay warm: later exports only
 * change the page's address (a new job id), which saves loading the app again.
 */
export function createChromiumPrinter({
  executablePath = chromiumPath(),
}: { executablePath?: string } = {}): PdfPrinter {
  let browser: Promise<Browser> | undefined;
  let page: Promise<Page> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  // Jobs run one at a time, so the page serves one job's origin at a time.
  let jobOrigin = '';

  const warmPage = () => {
    page ??= (async () => {
      // Loaded on the first export only: most sessions of the web host never print.
      browser ??= import('playwright-core').then(({ chromium }) =>
        chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS }),
      );
      const context = await (await browser).newContext({ locale: 'fr-FR' });
      await context.route('**/*', (route) =>
        isFromJobOrigin(route.request().url(), jobOrigin) ? route.continue() : route.abort(),
      );
      return context.newPage();
    })();
    return page;
  };

  const run = async ({ url, readySelector }: PrintJob) => {
    try {
      jobOrigin = new URL(url).origin;
      const current = await warmPage();
      await current.goto(url);
      await current.locator(readySelector).waitFor({ timeout: 20_000 });
      return await current.pdf({ format: 'A4', printBackground: true });
    } catch (error) {
      // Start afresh next time: the page or the browser may be gone.
      const stale = browser;
      browser = undefined;
      page = undefined;
      await (await stale?.catch(() => undefined))?.close().catch(() => undefined);
      throw error;
    }
  };

  return {
    print(job) {
      const result = queue.then(() => run(job));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      const current = browser;
      browser = undefined;
      page = undefined;
      await queue;
      if (current) await (await current.catch(() => undefined))?.close();
    },
  };
}
