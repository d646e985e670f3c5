import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../src/main/pdf/chromium-printer';
import { ms, percentile } from './stats';

const KEYSTROKES = 200;
const LESSON = 'mesurer-engagement-conversion';

/**
 * Runs in the page (a string: the bench is type-checked for Node, without the
 * DOM). Per keystroke in the focused field: from the key's own event time to
 * the moment the funnel chart shows the typed count, and to the next frame.
 */
const INSTRUMENT = `(() => {
  const input = document.activeElement;
  const chart = input.closest('.exercise').querySelector('.funnel-chart');
  const samples = { chart: [], frame: [] };
  window.cmdayBench = samples;
  let pressed = null;
  input.addEventListener('keydown', (event) => { pressed = event.timeStamp; }, { capture: true });
  new MutationObserver(() => {
    if (pressed === null) return;
    // Counts under 1 000 here: the label reads exactly as typed.
    const labels = chart.querySelectorAll('.funnel-chart-value, svg text');
    if (![...labels].some((label) => label.textContent === input.value)) return;
    const start = pressed;
    pressed = null;
    samples.chart.push(performance.now() - start);
    requestAnimationFrame(() => samples.frame.push(performance.now() - start));
  }).observe(chart, { subtree: true, childList: true, characterData: true, attributes: true });
})()`;

/**
 * Keystroke → updated funnel chart in Chromium: a digit typed then erased in
 * turn, 200 keys, each changing the last bar. Timed in the page, so the
 * driver's round trips are not counted. CMDAY_BENCH_THROTTLE=6 slows the CPU
 * (Chromium's emulation) to see it on a modest laptop.
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
    await page.locator('main[data-app-state="ready"]').waitFor();
    const throttle = Number(process.env.CMDAY_BENCH_THROTTLE ?? 1);
    if (throttle > 1) {
      await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    for (const [label, value] of [
      ['Abonnés de la page', '24000'],
      ['Interactions', '1200'],
      ['Visites du site', '300'],
      ['Achats ou appels', '15'],
    ] as const) {
      await page.getByLabel(label, { exact: true }).fill(value);
    }
    const field = page.getByLabel('Achats ou appels', { exact: true });
    await field.focus();
    await field.press('End');
    await page.evaluate(INSTRUMENT);
    for (let i = 0; i < KEYSTROKES; i += 1) {
      await page.keyboard.press(i % 2 === 0 ? String((i / 2) % 10) : 'Backspace');
      await page.waitForFunction(
        (n) => ((globalThis as { cmdayBench?: { frame: number[] } }).cmdayBench?.frame.length ?? 0) > n,
        i,
      );
    }
    const { chart, frame } = (await page.evaluate('window.cmdayBench')) as { chart: number[]; frame: number[] };
    const cpu = throttle > 1 ? `, CPU ÷${throttle}` : '';
    console.log(
      `keystroke → funnel chart updated (${KEYSTROKES} keys${cpu}): median ${ms(percentile(chart, 50))}, p95 ${ms(percentile(chart, 95))}`,
    );
    console.log(
      `keystroke → next frame:                          median ${ms(percentile(frame, 50))}, p95 ${ms(percentile(frame, 95))}`,
    );
  } finally {
    await browser.close();
  }
}
