import { chromium, type Browser, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath } from '../../src/main/pdf/chromium-printer';
import { useTempDir } from '../support/temp-dir';
import { startHost, type HostProcess } from '../support/web-host';
import { TrainerApp } from './trainer-page';
import { LESSONS, WorkbookApp } from './workbook-page';

const tempDir = useTempDir('cmday-locale-');
let host: HostProcess | undefined;
const browsers: Browser[] = [];

afterEach(async () => {
  for (const browser of browsers.splice(0)) await browser.close();
  await host?.stop();
  host = undefined;
});

/** A browser as a visitor's laptop might be set: its own language and time zone. */
async function pageIn(locale: string, timezoneId: string): Promise<Page> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, `--lang=${locale}`],
  });
  browsers.push(browser);
  const context = await browser.newContext({ locale, timezoneId });
  context.setDefaultTimeout(10_000);
  return context.newPage();
}

/** Everything a person reads on the screen, and the window's title. */
async function reads(app: WorkbookApp, path: string): Promise<string> {
  // A fresh load each time (a hash change would read the previous screen), and every call answered.
  await app.page.goto('about:blank');
  await app.open(path);
  await app.page.waitForLoadState('networkidle');
  return (await app.page.evaluate('document.title + "\\n" + document.body.innerText')) as string;
}

describe('nothing the user reads depends on the browser’s language or time zone', () => {
  it('reads the same in a French browser in Casablanca and an American one in Los Angeles', async () => {
    host = await startHost(tempDir());
    const french = new WorkbookApp(await pageIn('fr-FR', 'Africa/Casablanca'), host.url);
    const trainer = new TrainerApp(french);
    await trainer.open();
    await trainer.prepare({ title: 'CM Day — Fès', date: '05/02/2026', trainer: 'Yassir Monkachi' });
    // A backup, to have a moment (date and time) on the trainer's page.
    await french.page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    await french.page.locator('.backup-list li').first().waitFor();
    await french.open();
    const profileId = await french.createProfile('Amina');
    await french.gotoLesson(profileId, LESSONS.fanajeen);
    await french.typeFunnel({ 'Abonnés de la page': '1 240 000', Interactions: '86 000' });
    await french.waitSaved();

    const american = new WorkbookApp(await pageIn('en-US', 'America/Los_Angeles'), host.url);
    // The workbook first: each browser then remembers it, and the home screen offers to resume it in both.
    for (const path of [`#/p/${profileId}`, `#/p/${profileId}/lessons/${LESSONS.fanajeen}`, '#/', '#/trainer']) {
      const there = await reads(american, path);
      expect(there, path).toBe(await reads(french, path));
      expect(there, path).not.toMatch(/Choose File|No file chosen|CM Day Workbook/);
    }
    // The session's date field is French in both: « 05/02/2026 » is the 5th of February, typed the French way.
    await american.open('#/trainer');
    expect(await american.page.getByLabel('Date', { exact: true }).inputValue()).toBe('05/02/2026');
    expect(await american.page.getByLabel('Date', { exact: true }).getAttribute('placeholder')).toBe('jj/mm/aaaa');
    expect(await american.page.evaluate('document.title')).toBe('Espace formateur — Cahier d’exercices — CM Day');
  });
});
