import type { Browser, CDPSession, Page } from 'playwright-core';
import { vi } from 'vitest';
import { createFakeElectron } from './fake-electron';

interface PrintToPdfOptions {
  pageSize?: string;
  margins?: { top?: number; right?: number; bottom?: number; left?: number };
  printBackground?: boolean;
  displayHeaderFooter?: boolean;
  headerTemplate?: string;
  footerTemplate?: string;
  generateTaggedPDF?: boolean;
  generateDocumentOutline?: boolean;
}

const PAPER_INCHES: Record<string, [number, number]> = { A4: [210 / 25.4, 297 / 25.4] };

/**
 * Electron's printToPDF hands its options to Chromium's DevTools
 * `Page.printToPDF` (inches, the same flag names): this fake does the same
 * with a real Chromium page, so the Electron printer runs against a browser.
 */
async function printToPdf(cdp: CDPSession, options: PrintToPdfOptions): Promise<Buffer> {
  const [paperWidth, paperHeight] = PAPER_INCHES[options.pageSize ?? 'A4'] ?? PAPER_INCHES.A4!;
  const { data } = await cdp.send('Page.printToPDF', {
    paperWidth,
    paperHeight,
    marginTop: options.margins?.top,
    marginRight: options.margins?.right,
    marginBottom: options.margins?.bottom,
    marginLeft: options.margins?.left,
    printBackground: options.printBackground,
    displayHeaderFooter: options.displayHeaderFooter,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
    generateTaggedPDF: options.generateTaggedPDF,
    generateDocumentOutline: options.generateDocumentOutline,
  });
  return Buffer.from(data, 'base64');
}

/**
 * The fake electron module, whose BrowserWindow is a page of a real Chromium:
 * `app://workbook/` is read from `appBase` (a web host or a fixture server).
 */
export function chromiumBackedElectron(browser: Browser, appBase: string) {
  const fake = createFakeElectron();
  const pages: Page[] = [];
  class ChromiumWindow {
    static created: ChromiumWindow[] = [];
    private readonly page: Promise<{ page: Page; cdp: CDPSession }>;
    constructor(readonly options: { show?: boolean; webPreferences?: Record<string, unknown> }) {
      ChromiumWindow.created.push(this);
      this.page = browser.newPage({ locale: 'fr-FR' }).then(async (page) => {
        pages.push(page);
        return { page, cdp: await page.context().newCDPSession(page) };
      });
    }
    loadURL = vi.fn(async (url: string) => {
      const { page } = await this.page;
      await page.goto(url.replace(/^app:\/\/workbook\//, appBase));
    });
    webContents = {
      executeJavaScript: vi.fn(async (code: string) => (await this.page).page.evaluate(code)),
      printToPDF: vi.fn(async (options: PrintToPdfOptions) => printToPdf((await this.page).cdp, options)),
    };
    destroy = vi.fn(() => void this.page.then(({ page }) => page.close()).catch(() => undefined));
  }
  return { ...fake, BrowserWindow: ChromiumWindow, pages };
}
