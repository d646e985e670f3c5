import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../../src/main/pdf/chromium-printer';

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave 127.0.0.1: any is a failure. */
  foreignRequests: string[];
  /** Console errors and uncaught page errors (CSP violations show up here). */
  pageErrors: string[];
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
}

/** Debian's Chromium through playwright-core, with every non-local request refused and recorded. */
export async function openBrowser(options: { acceptDownloads?: boolean } = {}): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: options.acceptDownloads ?? true });
  // Fail a wait with the locator's name well before the test's own timeout.
  context.setDefaultTimeout(10_000);
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    // A refused API call (4xx with a French message) is part of the flow; anything else is not.
    const refusedCall = /^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text());
    if (message.type() === 'error' && !refusedCall) pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    browser,
    context,
    page,
    foreignRequests,
    pageErrors,
    close: () => browser.close(),
  };
}
