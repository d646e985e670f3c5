import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../src/main/pdf/chromium-printer';
import { ms, percentile } from './stats';

const KEYSTROKES = 200;
const LESSON = 'mesurer-engagement-conversion';

declare global {
  interface Window {
    /** Per keystroke: keydown → chart DOM changed, and keydown → the next frame after it. */
    cmdayBench?: { chart: number[]; frame: number[] };
  }
}

/**
 * Keystroke → updated funnel chart in Chromium: a count is typed and erased
 * in turn, 200 keys, each changing the last bar. Timed in the page from the
 * key's own event time to the moment the chart's SVG changes (and to the next
 * frame), so the driver's round trips are not counted.
 */
export async function benchKeystroke(baseUrl: string): Promise<void> {
  const created = await fetch(`${baseUrl}api/profile.create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"name":"Bench clavier"}',
  });
  const { value: profile } = (await created.json()) as { value: { id: string } };
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}#/p/${profile.id}/lessons/${LESSON}`);
    if (process.env.CMDAY_BENCH_THROTTLE) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.CMDAY_BENCH_THROTTLE) });
    await page.locator('main[data-app-state="ready"]').waitFor();
    for (const [label, value] of [
      ['Abonnés de la page', '24000'],
      ['Interactions', '1200'],
      ['Visites du site', '300'],
      ['Achats ou appels', '15'],
    ] as const) {
      await page.getByLabel(label, { exact: true }).fill(value);
    }
    const field = page.getByLabel('Achats ou appels', { exact: true });
    await field.evaluate((input) => {
      const chart = input.closest('.exercise')!.querySelector('.funnel-chart')!;
      const samples = { chart: [] as number[], frame: [] as number[] };
      window.cmdayBench = samples;
      let pressed: number | null = null;
      input.addEventListener('keydown', (event) => void (pressed = event.timeStamp), { capture: true });
      const field = input as HTMLInputElement;
      // Updated once the last bar's count shows the typed value (counts under 1 000: no separator).
      // (No named functions in here: the bundler would wrap them in a helper the page does not have.)
      new MutationObserver(() => {
        if (pressed === null) return;
        const labels = chart.querySelectorAll('.funnel-chart-value, svg text');
        if (![...labels].some((label) => label.textContent === field.value)) return;
        const start = pressed;
        pressed = null;
        samples.chart.push(performance.now() - start);
        requestAnimationFrame(() => samples.frame.push(performance.now() - start));
      }).observe(chart, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await field.focus();
    await field.press('End');
    for (let i = 0; i < KEYSTROKES; i += 1) {
      await page.keyboard.press(i % 2 === 0 ? String((i / 2) % 10) : 'Backspace');
      await page.waitForFunction((n) => (window.cmdayBench?.frame.length ?? 0) > n, i);
    }
    const { chart, frame } = await page.evaluate(() => window.cmdayBench!);
    console.log(`keystroke → chart updated (${KEYSTROKES} keys): median ${ms(percentile(chart, 50))}, p95 ${ms(percentile(chart, 95))}`);
    console.log(`keystroke → next frame:                  median ${ms(percentile(frame, 50))}, p95 ${ms(percentile(frame, 95))}`);
  } finally {
    await browser.close();
  }
}
