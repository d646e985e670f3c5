import { afterEach, describe, expect, it } from 'vitest';
import { openBrowser, type Session } from '../support/browser';
import { useTempDir } from '../support/temp-dir';
import { startHost, type HostProcess } from '../support/web-host';
import { WorkbookApp } from './workbook-page';

const tempDir = useTempDir('cmday-progress-');
const LESSON = 'Mesurer l’engagement et la conversion';
let host: HostProcess | undefined;
let session: Session | undefined;

afterEach(async () => {
  const errors = session?.pageErrors ?? [];
  await session?.close();
  await host?.stop();
  session = undefined;
  host = undefined;
  expect(errors).toEqual([]);
});

describe('lesson progress and « Reprendre où j’en étais »', () => {
  it('counts finished exercises as they are saved, and brings the attendee back to the next one', async () => {
    host = await startHost(tempDir());
    session = await openBrowser();
    const { page } = session;
    const app = new WorkbookApp(page, host.url);
    await app.open();
    // Nothing to resume in a browser that never opened a workbook.
    expect(await page.getByRole('heading', { name: 'Reprendre où j’en étais' }).count()).toBe(0);
    await app.createProfile('Zineb');
    await app.openLesson(LESSON);
    expect(await app.text('lesson-progress')).toBe('0 exercice(s) terminé(s) sur 1');

    await app.typeFunnel({ 'Abonnés de la page': '500', Interactions: '50' });
    await app.waitSaved();
    expect(await app.text('lesson-progress')).toBe('0 exercice(s) terminé(s) sur 1');

    await app.open('#/');
    const resume = page.getByRole('link', { name: `Reprendre le cahier de Zineb : ${LESSON}` });
    await resume.click();
    await page.getByRole('heading', { level: 1, name: LESSON }).waitFor();
    await app.ready();
    await app.typeFunnel({ 'Visites du site': '10', 'Achats ou appels': '1' });
    await app.waitSaved();
    // Counted once the host acknowledged the save, without reloading the page.
    expect(await app.text('lesson-progress')).toBe('Leçon terminée');

    await page.getByRole('link', { name: 'Retour au cahier' }).click();
    await app.ready();
    expect(await page.locator('.lesson-list').innerText()).toMatch(/Leçon terminée/);
    expect(await page.getByText('Tous les exercices sont terminés. Bravo !').count()).toBe(1);
  });
});
