import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useE2e } from '../support/e2e';
import { LESSONS, WorkbookApp } from './workbook-page';

const e2e = useE2e('cmday-store-');
/** The case study whose funnel these tests fill. */
const LESSON = LESSONS.fanajeen;

async function setUp(dataDir = e2e.tempDir()) {
  const host = await e2e.host(dataDir);
  const session = await e2e.browser();
  return { host, app: new WorkbookApp(session.page, host.url), page: session.page };
}

describe('workbook store in the UI (web host)', () => {
  it('the trainer prepares the session and attendees see it on the home screen', async () => {
    const { app, page } = await setUp();
    await app.open();
    // Nothing prepared yet: the card says so instead of showing the stored defaults as the day's.
    expect(await page.locator('.session-card').innerText()).toMatch(/pas encore préparée/);
    await page.getByRole('link', { name: 'Espace formateur' }).click();
    await app.ready();
    await page.getByLabel('Titre').fill('CM Day — Rabat');
    await page.getByLabel('Lieu (ville)').fill('Rabat');
    await page.getByLabel('Nom du formateur').fill('Yassir Monkachi');
    await page.getByLabel('Date').fill('2026-06-11');
    await page.getByLabel('Durée (heures)').fill('6,5');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Session enregistrée.').waitFor();
    await page.getByLabel('Durée (heures)').fill('0');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    expect(await page.getByRole('alert').innerText()).toMatch(/demi-heure/);
    await page.getByRole('link', { name: 'Accueil' }).click();
    await app.ready();
    const card = await page.locator('.session-card').innerText();
    expect(card).toContain('CM Day — Rabat');
    expect(card).toContain('11 juin 2026');
    expect(card).toContain('Yassir Monkachi');
    // 6,5 hours, said the French way.
    expect(card).toMatch(/6\sh\s30/);
  });

  it('renames, tells same-named attendees apart, and erases after a confirmation', async () => {
    const { app, page } = await setUp();
    await app.open();
    await app.createProfile('Youssef');
    await app.open();
    await app.createProfile('Youssef');
    await app.open();
    const rows = page.locator('.profile-row');
    expect(await rows.count()).toBe(2);
    const texts = await rows.allInnerTexts();
    for (const text of texts) expect(text).toMatch(/Youssef \(créé le .+\)/);
    expect(texts[0]).not.toBe(texts[1]);

    await rows.nth(0).getByRole('button', { name: 'Renommer' }).click();
    await page.getByLabel('Nouveau nom pour Youssef').fill('Youssef El Amrani');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('link', { name: 'Ouvrir le cahier de Youssef El Amrani' }).waitFor();
    expect(await page.locator('.profile-row').nth(1).innerText()).not.toMatch(/créé le/);

    await page.locator('.profile-row').nth(1).getByRole('button', { name: 'Supprimer' }).click();
    expect(await page.getByRole('alertdialog').innerText()).toMatch(/définitivement/);
    await page.getByRole('button', { name: 'Oui, effacer définitivement' }).click();
    await page.getByText('Le cahier de Youssef a été effacé.').waitFor();
    await expect.poll(() => page.locator('.profile-row').count()).toBe(1);
  });

  it('moves a workbook to another machine as a .cmwb file, with a preview first', async () => {
    const { app, page } = await setUp();
    await app.open();
    await app.createProfile('Salma');
    await app.openLesson(LESSON);
    await app.typeFunnel({
      'Abonnés de la page': '800',
      Interactions: '40',
      'Visites du site': '20',
      'Achats ou appels': '2',
    });
    await app.waitSaved();
    await page.getByRole('link', { name: 'Retour au cahier' }).click();
    await app.ready();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter mon cahier (.cmwb)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-salma\.cmwb$/);
    const file = join(e2e.tempDir(), download.suggestedFilename());
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'cmwb', profiles: [{ name: 'Salma' }] });

    const other = await setUp();
    await other.app.open('#/trainer');
    const broken = join(e2e.tempDir(), 'broken.cmwb');
    writeFileSync(broken, readFileSync(file, 'utf8').replace('"Salma"', '"Salmo"'));
    await page.getByLabel('Fichier .cmwb à importer').setInputFiles(broken);
    expect(await page.getByRole('alert').innerText()).toMatch(/endommagé ou a été modifié/);
    await page.getByLabel('Fichier .cmwb à importer').setInputFiles(file);
    expect(await page.getByTestId('import-preview').innerText()).toMatch(
      /1 nouveau participant[\s\S]*1 nouvelle réponse/,
    );
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('Import terminé.').waitFor();
    await other.app.open('#/');
    await page.getByRole('link', { name: 'Ouvrir le cahier de Salma' }).click();
    await other.app.ready();
    await other.app.openLesson(LESSON);
    expect(await other.app.text('overall-conversion')).toBe('0,25\u202f%');
  });

  it('restores a backup after confirmation, keeping the present as a backup too', async () => {
    const { app, page } = await setUp();
    await app.open();
    await app.createProfile('Omar');
    const workbookUrl = page.url();
    await app.openLesson(LESSON);
    await app.typeFunnel({ 'Abonnés de la page': '100' });
    await app.waitSaved();
    await app.open('#/trainer');
    await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    // Counted once the list shows the manual backup, not before it reloads.
    await page.locator('.backup-list li[data-reason="manuelle"]').waitFor();
    const backups = await page.locator('.backup-list li').count();
    expect(await page.locator('.backup-list li[data-reason="avant-restauration"]').count()).toBe(0);

    await page.goto(workbookUrl);
    await app.ready();
    await app.openLesson(LESSON);
    await app.typeFunnel({ 'Abonnés de la page': '999' });
    await app.waitSaved();

    await app.open('#/trainer');
    const manual = page.locator('.backup-list li[data-reason="manuelle"]');
    await manual.getByRole('button').click();
    expect(await page.getByRole('alertdialog').innerText()).toMatch(/sera d’abord sauvegardé/);
    await page.getByRole('button', { name: 'Oui, restaurer' }).click();
    await page.getByText(/Sauvegarde restaurée : 1 participant/).waitFor();
    // The present was saved first: one more backup, made for the restore.
    await page.locator('.backup-list li[data-reason="avant-restauration"]').waitFor();
    expect(await page.locator('.backup-list li').count()).toBe(backups + 1);

    await page.goto(workbookUrl);
    await app.ready();
    await app.openLesson(LESSON);
    expect(await app.step('Abonnés de la page').inputValue()).toBe('100');
  });

  it('tells the attendee in French where a damaged workbook was moved', async () => {
    const dataDir = e2e.tempDir();
    writeFileSync(join(dataDir, 'workbook.db'), randomBytes(8192));
    const { app, page } = await setUp(dataDir);
    await app.open();
    const notice = await page.locator('.notice').innerText();
    expect(notice).toMatch(/endommagé/);
    expect(notice).toContain(join(dataDir, 'workbook.db.damaged-'));
    await app.createProfile('Après incident');
  });

  it('has no serious accessibility violation on the trainer page', async () => {
    const { app, page } = await setUp();
    await app.open('#/trainer');
    expect(await app.axe()).toEqual([]);
    expect(await page.locator('h1').innerText()).toBe('Espace formateur');
  });
});
