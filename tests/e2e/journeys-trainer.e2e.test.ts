import { describe, expect, it } from 'vitest';
import { useE2e } from '../support/e2e';
import { TrainerApp } from './trainer-page';
import { LESSONS, lessonTitle, WorkbookApp } from './workbook-page';

const e2e = useE2e('cmday-journeys-');

async function setUp() {
  const host = await e2e.host();
  const session = await e2e.browser();
  const app = new WorkbookApp(session.page, host.url);
  return { app, trainer: new TrainerApp(app), page: session.page };
}

describe('the trainer’s first run', () => {
  it('leads once through the session, the lessons and their timing, then the room; no default shows as real', async () => {
    const { app, trainer, page } = await setUp();
    await app.open();
    // Before anything is saved, the home screen says the day is not prepared — no date, no Casablanca.
    const card = await page.locator('.session-card').innerText();
    expect(card).toMatch(/pas encore préparée/);
    expect(card).not.toMatch(/Casablanca|Community Management Day|\d{4}/);

    await trainer.open();
    expect(await page.getByTestId('first-run-step').innerText()).toBe('Étape 1 sur 3');
    for (const label of ['Titre', 'Date', 'Lieu (ville)', 'Nom du formateur', 'Organisateur']) {
      const field = page.getByLabel(label, { exact: true });
      expect(await field.inputValue(), label).toBe('');
      expect(await field.getAttribute('placeholder'), label).not.toBe('');
    }
    expect(await page.getByLabel('Durée (heures)').inputValue()).toBe('');
    expect(await page.getByTestId('lessons-total').innerText()).toMatch(/6\sh\s15/);

    // A title and a date are required: the first run refuses to save without a date.
    await trainer.fill({ title: 'CM Day — Rabat' });
    await trainer.save();
    expect(await page.getByRole('alert').innerText()).toMatch(/jj\/mm\/aaaa/);

    await trainer.fill({ date: '11/06/2026', place: 'Rabat', trainer: 'Yassir Monkachi' });
    expect(await page.getByTestId('first-run-step').innerText()).toBe('Étape 2 sur 3');
    await trainer.lesson(lessonTitle(LESSONS.publicite)).uncheck();
    expect(await page.getByTestId('lessons-total').innerText()).toMatch(/5\sh/);
    await trainer.save();
    await trainer.saved();
    expect(await page.getByTestId('first-run-step').innerText()).toBe('Étape 3 sur 3');
    // The last step leads to the room panel, and focus goes there.
    await page.getByRole('button', { name: 'Aller à « Ouvrir la salle »' }).click();
    expect(await page.evaluate('document.activeElement?.querySelector("#room-heading") !== null')).toBe(true);
    await page.getByRole('button', { name: 'Terminer' }).click();
    expect(await page.locator('[data-first-run]').count()).toBe(0);

    // Once saved, the trainer page opens on the filled form, and the home screen shows the day.
    await trainer.open();
    expect(await page.locator('[data-first-run]').count()).toBe(0);
    expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe('11/06/2026');
    await app.open();
    const prepared = await page.locator('.session-card').innerText();
    expect(prepared).toContain('CM Day — Rabat');
    expect(prepared).toContain('11 juin 2026');
    expect(await page.locator('.app-header').innerText()).toContain('CM Day — Rabat');
  });

  it('refuses a day without lessons, in French, and keeps what was saved', async () => {
    const { app, trainer, page } = await setUp();
    await trainer.open();
    await trainer.fill({ title: 'Une leçon', date: '11/06/2026' });
    for (const id of Object.values(LESSONS))
      if (id !== LESSONS.programme) await trainer.lesson(lessonTitle(id)).uncheck();
    for (const title of await page.locator('.lesson-picker li[data-ticked] label').allInnerTexts())
      if (title !== lessonTitle(LESSONS.programme)) await trainer.lesson(title).uncheck();
    await trainer.save();
    await trainer.saved();

    // Unticking the only lesson left is refused: not « Session enregistrée », and nothing changes.
    await trainer.open();
    await trainer.lesson(lessonTitle(LESSONS.programme)).uncheck();
    await trainer.save();
    expect(await page.getByTestId('lessons-error').innerText()).toBe('Choisissez au moins une leçon pour la journée.');
    expect(await page.getByText('Session enregistrée').count()).toBe(0);
    await app.open('#/trainer');
    await page.reload();
    await app.ready();
    expect(await page.locator('.lesson-picker li[data-ticked] label').allInnerTexts()).toEqual([
      lessonTitle(LESSONS.programme),
    ]);
  });
});

describe('backups the trainer can tell apart', () => {
  it('shows why, how many attendees and answers and how big; a restore says what it will replace first', async () => {
    const { app, trainer, page } = await setUp();
    await app.open();
    const first = await app.createProfile('Amina');
    await app.gotoLesson(first, LESSONS.fanajeen);
    await app.typeFunnel({ 'Abonnés de la page': '100' });
    await app.waitSaved();
    await trainer.open();
    await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    // The button says what it did, in a sentence.
    expect(await page.locator('#backups-heading ~ [role="status"]').innerText()).toMatch(
      /^Sauvegarde faite le .+ : 1 participant et 1 réponse\.$/,
    );
    const manual = page.locator('.backup-list li[data-reason="manuelle"]');
    expect(await manual.innerText()).toMatch(/Faite à la main[\s\S]*1 participant, 1 réponse · \d+\sKo/);
    const automatic = page.locator('.backup-list li[data-reason="automatique"]');
    expect(await automatic.innerText()).toMatch(/Automatique, pendant la saisie[\s\S]*1 participant, \d réponses?/);

    for (const name of ['Karim', 'Salma']) {
      await app.open();
      await app.createProfile(name);
    }
    await trainer.open();
    await manual.getByRole('button', { name: /^Restaurer la sauvegarde du / }).click();
    // The sentence replaces « Lecture de la sauvegarde… » once the backup has been read.
    await expect
      .poll(() => page.getByTestId('restore-consequence').innerText())
      .toBe('Restaurer remplacera 3 participants et 1 réponse par 1 participant et 1 réponse.');
    await page.getByRole('button', { name: 'Annuler' }).click();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
  });
});
