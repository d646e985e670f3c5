import { describe, expect, it } from 'vitest';
import { useE2e } from '../support/e2e';
import { LESSON_MANIFEST } from '../../src/shared/content/manifest';
import { LESSONS, TYPED_FUNNEL, WorkbookApp } from './workbook-page';

const e2e = useE2e('cmday-narrow-');

describe('on a 390 px wide phone (390 × 844)', () => {
  it('every screen fits the width: no horizontal scroll', async () => {
    const host = await e2e.host();
    const session = await e2e.browser();
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    const app = new WorkbookApp(page, host.url);
    // A string: this project type-checks tests for Node, without the DOM.
    const widths = () =>
      page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]') as Promise<number[]>;
    const fits = async (screen: string) => {
      const [scrollWidth, innerWidth] = (await widths()) as [number, number];
      expect(`${screen}: ${scrollWidth} px`).toBe(`${screen}: ${Math.min(scrollWidth, innerWidth)} px`);
    };

    await app.open();
    await fits('home');
    const profileId = await app.createProfile('Meryem Benjelloun-El Idrissi');
    await fits('workbook');
    // Every lesson, so every kind of exercise (funnel, metric question, quiz, reflection, budget, action plan).
    const kinds = new Set<string>();
    for (const lesson of LESSON_MANIFEST.lessons) {
      await app.gotoLesson(profileId, lesson.id);
      await fits(`lesson ${lesson.id}`);
      for (const exercise of lesson.exercises) kinds.add(exercise.kind);
    }
    expect([...kinds].sort()).toEqual(['action-plan', 'budget', 'funnel', 'metric-question', 'quiz', 'reflection']);

    await app.gotoLesson(profileId, LESSONS.fanajeen);
    await app.typeFunnel(TYPED_FUNNEL);
    await app.waitSaved();
    await fits('lesson');
    // The rates stay on screen: the last step's rates are inside the viewport.
    const box = await page.getByTestId('from-start-3').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    const chart = await page.locator('.funnel-chart').boundingBox();
    expect(chart!.x + chart!.width).toBeLessThanOrEqual(390);
    await app.typeFunnel({ 'Abonnés de la page': '24.000' });
    await fits('lesson with an error message');
    await app.open('#/trainer');
    await fits('trainer');
    for (const lesson of LESSON_MANIFEST.lessons) {
      await app.open(`#/trainer/guide/${lesson.id}`);
      await fits(`trainer's guide ${lesson.id}`);
    }
    // The print view (#/print/…) is not a screen: it lays out A4 pages for the PDF printers, and no link leads to it.
  });
});
