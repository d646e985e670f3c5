import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath, createChromiumPrinter } from '../../src/main/pdf/chromium-printer';
import type { Printer } from '../../src/main/pdf/printer';
import { chromiumBackedElectron } from '../support/fake-electron-chromium';
import { expectA4, hasOutline, pdfFonts, pdfInfo, pdfText } from './poppler';

// The Electron printer imports 'electron': here, windows that are pages of a real Chromium.
const fake = vi.hoisted(() => ({ current: {} as Record<string, unknown> }));
vi.mock('electron', () => fake.current);

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures', 'print-view.html'));
const READY_TIMEOUT_MS = 1500;

let server: Server;
let base: string;
let browser: Browser;
const printers: Printer[] = [];

beforeAll(async () => {
  server = createServer((_request, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(FIXTURE));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  Object.assign(fake.current, chromiumBackedElectron(browser, base));
});

afterAll(async () => {
  for (const printer of printers) await printer.close();
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const implementations: [string, () => Promise<Printer>][] = [
  [
    'system Chromium (playwright-core)',
    async () => createChromiumPrinter({ appUrl: () => base, readyTimeoutMs: READY_TIMEOUT_MS }),
  ],
  [
    'Electron printToPDF (fake electron over Chromium)',
    async () => {
      const { createElectronPrinter } = await import('../../src/main/hosts/electron/pdf');
      return createElectronPrinter({ preload: '/preload.cjs', readyTimeoutMs: READY_TIMEOUT_MS });
    },
  ],
];

const job = (who: string, id: string) => ({ route: `/print/${encodeURIComponent(who)}/${id}`, job: id });

describe.each(implementations)('the Printer contract: %s', (_name, make) => {
  let printer: Printer;
  beforeAll(async () => {
    printer = await make();
    printers.push(printer);
    await printer.warm();
  });

  it('prints the job’s page on A4, tagged, with an outline, the print view’s title and footer, fonts embedded', async () => {
    const pdf = await printer.print(job('Amina', 'job-a'));
    const text = pdfText(pdf);
    expect(text).toContain('Cahier de Amina');
    expect(text).toContain('Réponse : 1 200');
    // The footer: the print view's text (escaped, not read as markup) and the page count.
    expect(text).toMatch(/Journée CM <Casablanca> & co\s+page 1 \/ 1/);
    const info = pdfInfo(pdf);
    expect(info.Title).toBe('Cahier de Amina');
    expect(info.Tagged).toBe('yes');
    expect(hasOutline(pdf)).toBe(true);
    expectA4(pdf);
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  it('waits for its own job: a previous job’s ready page is never printed', async () => {
    await printer.print(job('Amina', 'job-b1'));
    // « lent-Karim » keeps Amina's ready page on screen for 400 ms before drawing.
    const text = pdfText(await printer.print(job('lent-Karim', 'job-b2')));
    expect(text).toContain('Cahier de lent-Karim');
    expect(text).not.toContain('Amina');
  });

  it('fails a job whose page never gets ready, then prints the next one', async () => {
    await expect(printer.print(job('jamais', 'job-c1'))).rejects.toThrow(/not ready in time/);
    expect(pdfText(await printer.print(job('Salma', 'job-c2')))).toContain('Cahier de Salma');
  });

  it('runs jobs asked for at once one after the other, each with its own page', async () => {
    const names = ['Youssef', 'lent-Nadia', 'Omar'];
    const pdfs = await Promise.all(names.map((who, i) => printer.print(job(who, `job-d${i}`))));
    pdfs.forEach((pdf, i) => {
      const text = pdfText(pdf);
      expect(text).toContain(`Cahier de ${names[i]}`);
      for (const other of names.filter((_, j) => j !== i)) expect(text).not.toContain(other);
    });
  });
});

describe('the system Chromium printer without Chromium', () => {
  it('warms up without a word, then says in French how to install Chromium on the first export', async () => {
    const printer = createChromiumPrinter({ appUrl: () => base, executablePath: '/nonexistent/chromium' });
    await expect(printer.warm()).resolves.toBeUndefined();
    const failure = printer.print(job('Amina', 'job-e'));
    await expect(failure).rejects.toMatchObject({ code: 'unavailable' });
    await expect(failure).rejects.toThrow(/sudo apt install chromium.*CHROMIUM_PATH/);
    await printer.close();
  });
});
