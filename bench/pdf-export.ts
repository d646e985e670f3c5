import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../src/main/pdf/chromium-printer';
import { ms, percentile, ratio, time } from './stats';

const RUNS = 5;

/**
 * The workbook export (GET /export/<id>.pdf, print view rendered and printed)
 * next to the same Chromium printing a static HTML page of the same size.
 */
export async function benchPdf(baseUrl: string, profileId: string): Promise<void> {
  const exportUrl = `${baseUrl}export/${profileId}.pdf`;
  const fetchPdf = async () => {
    const response = await fetch(exportUrl);
    if (response.status !== 200) throw new Error(`export failed: ${response.status}`);
    return (await response.arrayBuffer()).byteLength;
  };
  // The first export starts the host's browser and loads the app: reported apart.
  const [cold] = await time(fetchPdf);
  const exports: number[] = [];
  for (let i = 0; i < RUNS; i += 1) exports.push((await time(fetchPdf))[0]);

  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}#/print/${profileId}/bench`);
    await page.locator('[data-print-ready="true"]').waitFor();
    // The rendered print view as a static page: no script, no CSP meta, styles from the host.
    const html = (await page.content())
      .replace(/<script[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      .replaceAll('href="./assets/', `href="${baseUrl}assets/`);
    // Baseline: a warm page, like the host's, printing the same HTML set as static content.
    const staticPage = await browser.newPage();
    const staticPrints: number[] = [];
    for (let i = 0; i < RUNS + 1; i += 1) {
      const [elapsed] = await time(async () => {
        await staticPage.setContent(html, { waitUntil: 'load' });
        await staticPage.pdf({ format: 'A4', printBackground: true });
      });
      if (i > 0) staticPrints.push(elapsed);
    }
    const [e50, s50] = [percentile(exports, 50), percentile(staticPrints, 50)];
    console.log(`PDF export, first (starts Chromium):         ${ms(cold)}`);
    console.log(`PDF export, warm (median of ${RUNS}):           ${ms(e50)}  (print view HTML ${html.length} bytes)`);
    console.log(`Chromium printing the same HTML statically:  ${ms(s50)}`);
    console.log(`ratio export / static print:                 ${ratio(e50, s50)}`);
  } finally {
    await browser.close();
  }
}
