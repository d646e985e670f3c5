import type { Browser } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { LESSONS, lessonTitle, WorkbookApp } from '../e2e/workbook-page';
import { useTempDir } from '../support/temp-dir';
import { device, launch, type Device } from './room-browser';
import { startRoomHost, type RoomHost } from './room-host';

const tempDir = useTempDir('cmday-dashboard-e2e-');
let room: RoomHost | undefined;
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  await room?.stop();
  browser = undefined;
  room = undefined;
});

const HOSTS = ['127.0.0.1', '127.0.0.2'];
const METRIC = 'mesurer-engagement-portee';

async function join(person: Device, url: string, name: string, code: string): Promise<string> {
  await person.page.goto(url);
  await person.page.getByLabel('Votre nom').waitFor();
  // The first screen an attendee sees passes axe.
  expect(await new WorkbookApp(person.page, url).axe()).toEqual([]);
  await person.page.getByLabel('Votre nom').fill(name);
  await person.page.getByLabel(/Code de la salle/).fill(code);
  await person.page.getByRole('button', { name: 'Rejoindre' }).click();
  await person.page.getByRole('heading', { name: `Cahier de ${name}` }).waitFor();
  return /#\/p\/([0-9a-f-]+)/.exec(person.page.url())![1]!;
}

describe('the dashboard, the lockstep and the corrections, with real browsers', () => {
  it('locks lessons past the current one, opens the next on « Avancer » and shows a revealed correction, live', async () => {
    room = await startRoomHost(tempDir());
    const { url, code } = await room.open();
    browser = await launch();
    const trainer = await device(browser, HOSTS);
    const amina = await device(browser, HOSTS);
    await trainer.page.goto(`${room.trainerUrl}#/trainer`);
    const panel = trainer.page.locator('section.dashboard');
    await trainer.page.locator('section.dashboard[data-dashboard-line="live"]').waitFor();
    await panel.getByLabel('Leçon en cours').selectOption(LESSONS.programme);
    await panel.locator(`[data-current-lesson="${LESSONS.programme}"]`).waitFor();

    const aminaId = await join(amina, url, 'Amina', code);
    const mesurer = lessonTitle(LESSONS.mesurer);
    // Listed, but not a link: the room has not reached it.
    await amina.page.locator(`[data-lesson-locked="${LESSONS.mesurer}"]`).waitFor();
    expect(await amina.page.getByRole('link', { name: mesurer, exact: true }).count()).toBe(0);
    // Typed in by hand, the lesson says it is not open yet; and the host refuses a save into it.
    await amina.page.goto(`${url}#/p/${aminaId}/lessons/${LESSONS.mesurer}`);
    await amina.page.getByText(/Cette leçon n’est pas encore ouverte/).waitFor();
    expect(await amina.page.locator(`section.exercise[data-exercise-id="${METRIC}"]`).count()).toBe(0);
    const refused = await amina.page.evaluate(
      async ({ profileId, exerciseId }) => {
        const value = { kind: 'quiz', questions: [{ chosen: [0], correct: true }], score: 1 };
        const response = await fetch('/api/answer.save', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ profileId, exerciseId, value, revision: 0 }),
        });
        return { status: response.status, body: (await response.json()) as { error?: { message: string } } };
      },
      { profileId: aminaId, exerciseId: 'mesurer-choisir-denominateur' },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toMatch(/pas encore ouverte/);

    // « Avancer »: the lesson appears on Amina's page, without a reload.
    await panel.getByRole('button', { name: 'Avancer' }).click();
    const app = new WorkbookApp(amina.page, url);
    await app.lessonShown(LESSONS.mesurer);
    const question = app.exercise(METRIC);
    await question.waitFor();
    expect(await question.getByTestId('metric-correction').count()).toBe(0);

    // The trainer sees the room's answers, names hidden until shown.
    await question.getByLabel(/Taux d’engagement/).fill('1');
    await question.getByRole('button', { name: 'Vérifier' }).click();
    await question.locator('[data-save-status="saved"]').waitFor();
    const table = panel.locator('table.attendees-table');
    await table.getByRole('rowheader', { name: 'Participant 1' }).waitFor();
    expect(await table.innerText()).not.toContain('Amina');
    await panel.getByRole('button', { name: 'Afficher les noms' }).click();
    await table.getByRole('rowheader', { name: 'Amina' }).waitFor();
    const grades = panel.locator(`[data-exercise-grades="${METRIC}"]`);
    // Her one graded answer is counted in one bar, in the chart's name and in its table alike.
    const counted = async () =>
      (await grades.locator('tbody td').allInnerTexts()).reduce((sum, n) => sum + Number(n), 0);
    await expect.poll(counted).toBe(1);
    expect(await grades.locator('figure.grade-chart').getAttribute('aria-label')).toMatch(
      /^Répartition des réponses à Question de calcul « mesurer-engagement-portee » : Juste : [01], /,
    );

    // « Révéler la correction »: Amina's page shows the value expected for her own numbers, and the formula.
    await grades.getByRole('button', { name: 'Révéler la correction' }).click();
    const correction = question.getByTestId('metric-correction');
    await correction.waitFor();
    expect(await correction.innerText()).toMatch(/Résultat attendu : \d+(,\d)?\s%\. Formule : /);

    // The trainer's dashboard, filled (names shown, grades, a revealed correction), passes axe.
    expect(await new WorkbookApp(trainer.page, room.trainerUrl).axe()).toEqual([]);

    for (const person of [trainer, amina]) {
      expect(person.foreignRequests).toEqual([]);
      expect(person.pageErrors).toEqual([]);
    }
  }, 90_000);
});
