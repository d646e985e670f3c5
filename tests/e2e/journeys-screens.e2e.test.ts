import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useE2e } from '../support/e2e';
import { ROOT } from '../support/web-host';
import { TrainerApp } from './trainer-page';
import { LESSONS, TYPED_FUNNEL, WorkbookApp } from './workbook-page';

/** Where the screenshots of every screen are left to look at (gitignored). */
const SCREENS = join(ROOT, 'test-artifacts', 'screens');
const SIZES = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const e2e = useE2e('cmday-screens-');

describe('every screen, at 1366 × 768 and 390 × 844', () => {
  it('is drawn with the app’s fonts, fits the width, has no serious axe violation, and is kept as a screenshot', async () => {
    mkdirSync(SCREENS, { recursive: true });
    const host = await e2e.host();
    const session = await e2e.browser();
    const { page } = session;
    const app = new WorkbookApp(page, host.url);
    const trainer = new TrainerApp(app);

    const shoot = async (screen: string) => {
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.evaluate('document.fonts.ready');
        const [scrollWidth, innerWidth] = (await page.evaluate(
          '[document.documentElement.scrollWidth, window.innerWidth]',
        )) as [number, number];
        expect(`${screen} (${size.name}): ${scrollWidth} px`).toBe(`${screen} (${size.name}): ${innerWidth} px`);
        await page.screenshot({ path: join(SCREENS, `${screen}-${size.name}.png`), fullPage: true });
      }
      await page.setViewportSize({ width: 1366, height: 768 });
      expect(await app.axe(), screen).toEqual([]);
      // IBM Plex, bundled: the text is never drawn in a fallback font.
      expect(await page.evaluate('document.fonts.check(\'16px "IBM Plex Sans"\')'), screen).toBe(true);
    };

    await trainer.open();
    await shoot('first-run');
    await trainer.prepare({ trainer: 'Yassir Monkachi', organiser: 'Social Media Club Casablanca' });
    await page.getByTestId('first-run-open').waitFor();
    await shoot('first-run-open');
    await trainer.open();
    await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    await page.locator('.backup-list li').first().waitFor();
    await shoot('trainer');

    await app.open();
    await shoot('home');
    const profileId = await app.createProfile('Meryem Benjelloun');
    await shoot('workbook');
    await app.gotoLesson(profileId, LESSONS.fanajeen);
    await app.typeFunnel(TYPED_FUNNEL);
    await app.waitSaved();
    await shoot('lesson');
    await app.gotoLesson(profileId, LESSONS.plan);
    await shoot('lesson-plan');
    await app.open(`#/trainer/guide/${LESSONS.fanajeen}`);
    await shoot('guide');
  });
});
