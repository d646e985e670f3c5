import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildLessonManifest } from '../build/lesson-manifest';
import { CHROMIUM_FLAGS, chromiumPath } from '../src/main/pdf/chromium-printer';
import { playwrightPdfOptions } from '../src/main/pdf/page-setup';
import { fullWorkbookAnswers } from '../tests/support/full-workbook';
import { startHost, type HostProcess } from '../tests/support/web-host';
import { mib, memoryOf, peakMemory } from './pdf-memory';
import { ms, percentile, ratio, time } from './stats';

const RUNS = 5;
const ZIP_WORKBOOKS = 30;

async function api<T>(base: string, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${base}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

/** An attendee who answered every exercise of every lesson (the lesson manifest), through the API. */
async function fullWorkbook(base: string, name: string): Promise<string> {
  const { manifest } = await buildLessonManifest();
  const exercises = manifest.lessons.flatMap((lesson) => lesson.exercises);
  const { id } = await api<{ id: string }>(base, 'profile.create', { name });
  for (const { exerciseId, value } of fullWorkbookAnswers(exercises)) {
    await api(base, 'answer.save', { profileId: id, exerciseId, value, revision: 0 });
  }
  return id;
}

async function fetchPdf(base: string, path: string): Promise<number> {
  const response = await fetch(`${base}${path}`);
  if (response.status !== 200) throw new Error(`export failed: ${response.status} ${await response.text()}`);
  return (await response.arrayBuffer()).byteLength;
}

/** Waits until the host's background warm-up has its browser up and the app loaded (no CPU left to it). */
async function settle(host: HostProcess): Promise<void> {
  let last = -1;
  for (let i = 0; i < 100; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { rssMiB } = memoryOf(host.child.pid!, { childrenOnly: true });
    if (rssMiB > 0 && Math.abs(rssMiB - last) < 2) return;
    last = rssMiB;
  }
}

/** The print view of `route` rendered once, as a static page: no script, styles inlined from the host. */
async function staticPrintMs(base: string, profileId: string): Promise<[number, number]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}#/print/${profileId}/bench`);
    await page.locator('[data-print-ready="true"][data-print-job="bench"]').waitFor();
    const footer = (await page.locator('[data-print-ready="true"]').getAttribute('data-print-footer')) ?? '';
    const html = (await page.content())
      .replace(/<script[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      .replaceAll('href="./assets/', `href="${base}assets/`)
      .replaceAll('src="./assets/', `src="${base}assets/`);
    const staticPage = await browser.newPage();
    const prints: number[] = [];
    for (let i = 0; i < RUNS + 1; i += 1) {
      const [elapsed] = await time(async () => {
        await staticPage.setContent(html, { waitUntil: 'load' });
        await staticPage.pdf(playwrightPdfOptions(footer));
      });
      if (i > 0) prints.push(elapsed);
    }
    return [percentile(prints, 50), html.length];
  } finally {
    await browser.close();
  }
}

/**
 * A full workbook to PDF through the web host (GET /export/<id>.pdf): the
 * first export (the host warmed Chromium in the background after its ready
 * line), a first export with no warm-up, then warm ones — each next to the
 * same Chromium printing the same HTML as a static page. Then the zip of 30
 * workbooks: total time and the peak memory of the host and its Chromium.
 */
export async function benchPdf(): Promise<void> {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cmday-bench-pdf-'));
    dirs.push(dir);
    return dir;
  };
  const hosts: HostProcess[] = [];
  try {
    // Cold: warm-up turned off, the first export launches Chromium and loads the app.
    process.env.CMDAY_PDF_WARMUP = '0';
    const coldHost = await startHost(tempDir());
    delete process.env.CMDAY_PDF_WARMUP;
    hosts.push(coldHost);
    const coldId = await fullWorkbook(coldHost.url, 'Amina Benali');
    const [cold] = await time(() => fetchPdf(coldHost.url, `export/${coldId}.pdf`));
    await coldHost.stop();

    const host = await startHost(tempDir());
    hosts.push(host);
    const profileId = await fullWorkbook(host.url, 'Amina Benali');
    await settle(host);
    const warmMemory = memoryOf(host.child.pid!, { childrenOnly: true });
    const [first, bytes] = await time(() => fetchPdf(host.url, `export/${profileId}.pdf`));
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i += 1) warm.push((await time(() => fetchPdf(host.url, `export/${profileId}.pdf`)))[0]);
    const afterMemory = memoryOf(host.child.pid!, { childrenOnly: true });
    const [staticMs, htmlBytes] = await staticPrintMs(host.url, profileId);
    const w50 = percentile(warm, 50);

    console.log(`PDF of a full workbook (${(bytes / 1024).toFixed(0)} KiB, print view HTML ${htmlBytes} bytes):`);
    console.log(`  first export, host warmed in the background:  ${ms(first)}   (goal < 2 s)`);
    console.log(`  first export, no warm-up (launch + load app): ${ms(cold)}`);
    console.log(`  warm export (median of ${RUNS}):                 ${ms(w50)}`);
    console.log(`  Chromium printing the same HTML statically:   ${ms(staticMs)}`);
    console.log(`  ratio warm / static:                          ${ratio(w50, staticMs)}   (goal ≤ ×1.3)`);
    console.log(`  ratio first / static:                         ${ratio(first, staticMs)}`);
    console.log(`  the warm Chromium's memory, before any export: ${mib(warmMemory)}`);
    console.log(`  … after ${RUNS + 1} exports:                        ${mib(afterMemory)}`);

    for (let i = 1; i < ZIP_WORKBOOKS; i += 1) await fullWorkbook(host.url, `Participant ${i}`);
    const [peak, [elapsed, zipBytes]] = await peakMemory(host.child.pid!, () =>
      time(async () => {
        const { jobId } = await api<{ jobId: string }>(host.url, 'pdf.exportAll', {});
        for (;;) {
          const job = await api<{ state: string; failures: unknown[] }>(host.url, 'pdf.job', { jobId });
          if (job.state === 'failed' || job.failures.length) throw new Error(`zip failed: ${JSON.stringify(job)}`);
          if (job.state === 'done') break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return fetchPdf(host.url, `export/zip/${jobId}.zip`);
      }),
    );
    console.log(`zip of ${ZIP_WORKBOOKS} full workbooks (${(zipBytes / 1024 / 1024).toFixed(1)} MiB):`);
    console.log(
      `  total:                                        ${ms(elapsed)}  (${ms(elapsed / ZIP_WORKBOOKS)} a workbook)`,
    );
    console.log(`  peak memory, web host and its Chromium:       ${mib(peak)}`);
  } finally {
    for (const host of hosts) await host.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}
