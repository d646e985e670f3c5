import { describe, expect, it } from 'vitest';
import { LESSON_IDS } from '../../src/shared/content/manifest';
import { useE2e } from '../support/e2e';
import { LESSONS, lessonTitle, WorkbookApp } from './workbook-page';

const e2e = useE2e('cmday-progress-');

/** The programme's two quizzes, answered right (content/00-programme.mdx). */
const FIRST_QUIZ = { id: 'programme-amateur-ou-pilotage', choices: [[1, 2, 4], [1]] };
const SECOND_QUIZ = { id: 'programme-objectif-indicateur', choices: [[0], [1], [0], [1]] };

describe('lesson progress and « Reprendre où j’en étais »', () => {
  it('counts finished exercises as they are saved, and brings the attendee back to the next one', async () => {
    const host = await e2e.host();
    const session = await e2e.browser();
    const { page } = session;
    const app = new WorkbookApp(page, host.url);
    await app.open();
    // Nothing to resume in a browser that never opened a workbook.
    expect(await page.getByRole('heading', { name: 'Reprendre où j’en étais' }).count()).toBe(0);
    await app.createProfile('Zineb');
    await app.openLesson(LESSONS.programme);
    expect(await app.progress()).toBe('0 exercice terminé sur 2');
    await app.answerQuiz(FIRST_QUIZ.id, FIRST_QUIZ.choices);
    await app.waitSaved(FIRST_QUIZ.id);
    // Counted once the host acknowledged the save, without reloading the page.
    expect(await app.progress()).toBe('1 exercice terminé sur 2');

    // A funnel with empty steps is saved but not finished.
    await page.getByRole('link', { name: 'Retour au cahier' }).click();
    await app.ready();
    await app.openLesson(LESSONS.fanajeen);
    expect(await app.progress()).toBe('0 exercice terminé sur 6');
    await app.typeFunnel({ 'Abonnés de la page': '500', Interactions: '50' });
    await app.waitSaved();
    expect(await app.progress()).toBe('0 exercice terminé sur 6');
    await app.typeFunnel({ 'Visites du site': '10', 'Achats ou appels': '1' });
    await app.waitSaved();
    expect(await app.progress()).toBe('1 exercice terminé sur 6');

    // The next unfinished exercise of the day is the programme's second quiz.
    await app.open('#/');
    const resume = page.getByRole('link', {
      name: `Reprendre le cahier de Zineb : ${lessonTitle(LESSONS.programme)}`,
    });
    await resume.click();
    await app.lessonShown(LESSONS.programme);
    await app.answerQuiz(SECOND_QUIZ.id, SECOND_QUIZ.choices);
    await app.waitSaved(SECOND_QUIZ.id);
    expect(await app.progress()).toBe('Leçon terminée');

    await page.getByRole('link', { name: 'Retour au cahier' }).click();
    await app.ready();
    const list = page.locator('.lesson-list li');
    expect(await list.nth(0).innerText()).toMatch(/Leçon terminée/);
    expect(await list.nth(2).innerText()).toMatch(/1 exercice terminé sur 6/);
    // On to the next lesson of the day, the first with nothing finished.
    await page.getByRole('link', { name: `Reprendre : ${lessonTitle(LESSONS.mesurer)}` }).waitFor();

    // A day made of the programme alone is now complete.
    await app.open('#/trainer');
    await page.getByLabel('Titre').fill('Community Management Day');
    await page.getByLabel('Date', { exact: true }).fill('11/06/2026');
    for (const id of LESSON_IDS)
      if (id !== LESSONS.programme) await page.getByRole('checkbox', { name: lessonTitle(id), exact: true }).uncheck();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Session enregistrée.').waitFor();
    await app.open('#/');
    await page.getByRole('link', { name: 'Ouvrir le cahier de Zineb' }).click();
    await app.ready();
    expect(await page.locator('.lesson-list li').count()).toBe(1);
    expect(await page.getByText('Tous les exercices sont terminés. Bravo !').count()).toBe(1);
  });
});
