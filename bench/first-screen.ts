import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../src/main/pdf/chromium-printer';
import { ROOT, startHost, type HostProcess } from '../tests/support/web-host';
import { ms, percentile, ratio } from './stats';

const RUNS = 5;
/** The lesson an attendee opens from a link: exercises, a chart, the longest text. */
const LESSON = 'mesurer-engagement-conversion';
const READY = 'main[data-app-state="ready"] article.lesson .exercise';
const STATIC_READY = 'article.lesson .exercise';
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * Runs before any script of the page (injected by the driver, not subject to
 * the CSP): the moment `selector` first appears, and the frame after it, in
 * milliseconds since navigation start.
 */

const watchFor = (selector: string) => `(() => {
  const mark = { shown: null, frame: null };
  window.cmdayFirstScreen = mark;
  const check = () => {
    if (mark.shown !== null || !document.querySelector(${JSON.stringify(selector)})) return;
    mark.shown = performance.now();
    requestAnimationFrame(() => setTimeout(() => { mark.frame = performance.now(); }, 0));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})()`;

interface Visit {
  /** Navigation start → the selector's element in the DOM, then → the next frame painted. */
  shown: number;
  frame: number;
  /** Script bytes as sent (compressed when the host compresses) and once decoded. */
  jsWire: number;
  jsDecoded: number;
  encodings: Set<string>;
  scripts: number;
}

async function visit(browser: Browser, url: string, selector: string, throttle: number): Promise<Visit> {
  // A fresh context: an empty cache, as a phone opening the room's address for the first time.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    if (throttle > 1) {
      await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await page.addInitScript(watchFor(selector));
    const scripts: Request[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') scripts.push(request);
    });
    await page.goto(url);
    await page.waitForFunction(
      () => (globalThis as { cmdayFirstScreen?: { frame: number | null } }).cmdayFirstScreen?.frame != null,
    );
    const mark = (await page.evaluate('window.cmdayFirstScreen')) as { shown: number; frame: number };
    let jsWire = 0;
    let jsDecoded = 0;
    const encodings = new Set<string>();
    for (const request of scripts) {
      const response = await request.response();
      const sizes = await request.sizes();
      jsWire += sizes.responseBodySize;
      jsDecoded += (await response?.body())?.byteLength ?? 0;
      encodings.add((await response?.headerValue('content-encoding')) ?? 'identity');
    }
    return { ...mark, jsWire, jsDecoded, encodings, scripts: scripts.length };
  } finally {
    await context.close();
  }
}

async function visits(browser: Browser, url: string, selector: string, throttle: number): Promise<Visit[]> {
  const all: Visit[] = [];
  for (let i = 0; i < RUNS; i += 1) all.push(await visit(browser, url, selector, throttle));
  return all;
}

async function createProfile(baseUrl: string): Promise<string> {
  const created = await fetch(`${baseUrl}api/profile.create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"name":"Bench premier écran"}',
  });
  return ((await created.json()) as { value: { id: string } }).value.id;
}

/** The lesson as the app drew it, saved as a plain page (its stylesheet, no script): the floor for showing it. */
async function renderedLesson(page: Page): Promise<string> {
  // A string: the bench is type-checked for Node, without the DOM.
  return (await page.evaluate(`(() => {
    const head = [...document.querySelectorAll('link[rel="stylesheet"]')]
      .map((link) => '<link rel="stylesheet" href="' + new URL(link.href).pathname + '">')
      .join('');
    return '<!doctype html><html lang="fr"><head><meta charset="utf-8">' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">' + head + '<title>static</title></head>' +
      '<body><div id="root">' + document.querySelector('main').outerHTML + '</div></body></html>';
  })()`)) as string;
}

function line(label: string, values: Visit[], key: 'shown' | 'frame'): number {
  const median = percentile(
    values.map((v) => v[key]),
    50,
  );
  console.log(`${label.padEnd(58)}${ms(median)}`);
  return median;
}

/**
 * The first screen an attendee meets, in Chromium with a cold cache, median of
 * 5: navigation → the lesson interactive (its exercises on screen, the frame
 * after), next to the same lesson saved as a static page served by the same
 * host; and the JavaScript sent for the home screen and the lesson, as sent
 * (compressed or not) and decoded. CMDAY_BENCH_THROTTLE=4 slows the CPU (a phone).
 */
export async function benchFirstScreen(firstHost: string): Promise<void> {
  const profileId = await createProfile(firstHost);
  const throttle = Number(process.env.CMDAY_BENCH_THROTTLE ?? 1);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  const staticName = `bench-static-${process.pid}.html`;
  const staticFiles = ['', '.br', '.gz'].map((suffix) => join(ROOT, 'out/renderer', staticName + suffix));
  const dataDir = mkdtempSync(join(tmpdir(), 'cmday-first-screen-'));
  let host: HostProcess | undefined;
  try {
    // A warm-up visit (Chromium's own start), and the lesson's rendered HTML for the static page.
    const warm = await browser.newPage();
    await warm.goto(`${firstHost}#/p/${profileId}/lessons/${LESSON}`);
    await warm.locator(READY).first().waitFor();
    const html = await renderedLesson(warm);
    await warm.close();
    // Compressed beside it as the build does for the app's own files, so both are sent alike.
    writeFileSync(staticFiles[0]!, html);
    writeFileSync(staticFiles[1]!, brotliCompressSync(html));
    writeFileSync(staticFiles[2]!, gzipSync(html, { level: 9 }));
    // A host of its own, started after the page is written: the host lists its files when it starts.
    host = await startHost(dataDir);
    const baseUrl = host.url;
    const lessonUrl = `${baseUrl}#/p/${await createProfile(baseUrl)}/lessons/${LESSON}`;

    const home = await visits(browser, baseUrl, 'main[data-app-state="ready"] h1', throttle);
    const lesson = await visits(browser, lessonUrl, READY, throttle);
    const page = await visits(browser, `${baseUrl}${staticName}`, STATIC_READY, throttle);

    const cpu = throttle > 1 ? `, CPU ÷${throttle}` : '';
    console.log(`first screen in Chromium, cold cache (median of ${RUNS}${cpu}):`);
    line('navigation → lesson shown', lesson, 'shown');
    const app = line('navigation → lesson interactive (next frame)', lesson, 'frame');
    const floor = line(`same lesson as a static page (${kB(Buffer.byteLength(html))} of HTML)`, page, 'frame');
    console.log(`${'ratio:'.padEnd(58)}${ratio(app, floor)}`);
    for (const [label, runs] of [
      ['home screen', home],
      ['lesson', lesson],
    ] as const) {
      const [first] = runs;
      console.log(
        `${`JavaScript for the ${label}, as sent (${[...first!.encodings].join(', ')}):`.padEnd(58)}` +
          `${kB(first!.jsWire)} (${kB(first!.jsDecoded)} decoded, ${first!.scripts} files)`,
      );
    }
  } finally {
    await browser.close();
    await host?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    for (const file of staticFiles) rmSync(file, { force: true });
  }
}
