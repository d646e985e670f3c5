import { describe, expect, it } from 'vitest';
import { useE2e } from '../support/e2e';
import { FUNNEL_ID, LESSONS, TYPED_FUNNEL, WorkbookApp } from './workbook-page';

const e2e = useE2e('cmday-keyboard-');

/** The focused element: its tag, its accessible name as a person hears it, and whether it is in the funnel. */
const FOCUSED = `(() => {
  const el = document.activeElement;
  const section = document.querySelector('section.exercise[data-exercise-id="${FUNNEL_ID}"]');
  const labelled = el.getAttribute('aria-labelledby');
  const name = (el.getAttribute('aria-label')
    || (labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.innerText ?? '').join(' ') : '')
    || (el.labels && el.labels[0] ? el.labels[0].innerText : '')
    || el.innerText || '').trim();
  return { tag: el.tagName, name, inside: section.contains(el), outline: getComputedStyle(el).outlineStyle };
})()`;

describe('the funnel by keyboard', () => {
  it('has no nameless tab stop: every stop in the exercise, chart included, is a named field or button with a visible focus', async () => {
    const host = await e2e.host();
    const session = await e2e.browser();
    const app = new WorkbookApp(session.page, host.url);
    await app.open();
    const profileId = await app.createProfile('Clavier');
    await app.gotoLesson(profileId, LESSONS.fanajeen);
    await app.typeFunnel(TYPED_FUNNEL);
    await app.waitSaved();
    await app.exercise(FUNNEL_ID).locator('.funnel-chart').waitFor();
    await app.step('Abonnés de la page').focus();
    const stops: { tag: string; name: string; outline: string }[] = [];
    for (let i = 0; i < 30; i += 1) {
      const focused = (await session.page.evaluate(FOCUSED)) as {
        tag: string;
        name: string;
        inside: boolean;
        outline: string;
      };
      if (!focused.inside) break;
      stops.push(focused);
      await session.page.keyboard.press('Tab');
    }
    expect(stops.length).toBeGreaterThanOrEqual(4);
    for (const stop of stops) {
      expect(['INPUT', 'BUTTON', 'A', 'TEXTAREA', 'SELECT'], JSON.stringify(stop)).toContain(stop.tag);
      expect(stop.name, JSON.stringify(stop)).not.toBe('');
      expect(stop.outline, JSON.stringify(stop)).not.toBe('none');
    }
  });
});
