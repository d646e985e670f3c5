import { chromium, type Browser } from 'playwright-core';

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

export interface PdfPrinter {
  /** Prints the page at `url` to an A4 PDF once it shows `[data-print-ready="true"]`. */
  print(url: string): Promise<Buffer>;
  close(): Promise<void>;
}

/** A local-only check: the print view must never fetch from another machine. */
function isLoopback(url: string): boolean {
  try {
    const { hostname, protocol } = new URL(url);
    return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1' || hostname === 'localhost';
  } catch {
    return false;
  }
}

/**
 * The web host's printer: the system Chromium, driven by playwright-core.
 * The browser starts on the first export and is kept for the next ones.
 */
export function createChromiumPrinter({
  executablePath = chromiumPath(),
}: { executablePath?: string } = {}): PdfPrinter {
  let browser: Promise<Browser> | undefined;
  const launch = () => {
    browser ??= chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS }).catch((error: unknown) => {
      browser = undefined;
      throw error;
    });
    return browser;
  };
  return {
    async print(url) {
      const context = await (await launch()).newContext({ locale: 'fr-FR' });
      try {
        await context.route('**/*', (route) => (isLoopback(route.request().url()) ? route.continue() : route.abort()));
        const page = await context.newPage();
        await page.goto(url);
        await page.locator('[data-print-ready="true"]').waitFor({ timeout: 20_000 });
        return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: false });
      } finally {
        await context.close();
      }
    },
    async close() {
      const current = browser;
      browser = undefined;
      if (current) await (await current.catch(() => undefined))?.close();
    },
  };
}
