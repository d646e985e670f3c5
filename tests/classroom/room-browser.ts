import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../../src/main/pdf/chromium-printer';

export interface Device {
  context: BrowserContext;
  page: Page;
  /** Requests to any host but the test's own addresses: each is a failure. */
  foreignRequests: string[];
  pageErrors: string[];
}

/**
 * One Chromium, one context per person (trainer, each attendee): separate
 * cookies, as separate devices. Requests may go to `allowedHosts` only
 * (loopback and the room's address of this test), never anywhere else.
 */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}

export async function device(browser: Browser, allowedHosts: readonly string[]): Promise<Device> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  context.setDefaultTimeout(10_000);
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || allowedHosts.includes(url.hostname)) {
      return route.continue();
    }
    foreignRequests.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // Refused calls (4xx) and the room going away are part of these tests' flows.
    const expected = /status of 4\d\d|ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED|EventSource/.test(
      message.text(),
    );
    if (message.type() === 'error' && !expected) pageErrors.push(message.text());
  });
  return { context, page, foreignRequests, pageErrors };
}
