import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LESSON_MANIFEST } from '../../src/shared/content/manifest';
import { useE2e } from '../support/e2e';
import { LESSONS, lessonTitle, WorkbookApp } from './workbook-page';

const e2e = useE2e('cmday-guide-');

async function setUp() {
  const host = await e2e.host();
  const session = await e2e.browser();
  return { app: new WorkbookApp(session.page, host.url), page: session.page };
}

/** Sentences of the case study's <TrainerNote> blocks (content/02-fanajeen.mdx). */
const NOTE_SENTENCES = ['multiplier au lieu de diviser en remontant', 'Un taux d’étape au-dessus de 100 %'];
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function pdfText(file: string): string {
  const result = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
}

describe('« Guide du formateur » (web host, real UI)', () => {
  it('shows the trainer notes in the guide and never on the attendee’s lesson page', async () => {
    const { app, page } = await setUp();
    await app.open();
    const profileId = await app.createProfile('Imane');
    await app.gotoLesson(profileId, LESSONS.fanajeen);
    const attendee = plain(await page.locator('main').innerText());
    for (const sentence of NOTE_SENTENCES) expect(attendee).not.toContain(sentence);
    expect(await page.locator('.trainer-note').count()).toBe(0);
    // Not merely hidden: not in the page at all.
    expect(plain(await page.content())).not.toContain(NOTE_SENTENCES[0]);

    await app.open('#/trainer');
    await page.getByRole('link', { name: `Guide : ${lessonTitle(LESSONS.fanajeen)}` }).click();
    await app.lessonShown(LESSONS.fanajeen);
    expect(page.url()).toMatch(/#\/trainer\/guide\/cas-fanajeen$/);
    const guide = plain(await page.locator('main').innerText());
    for (const sentence of NOTE_SENTENCES) expect(guide).toContain(sentence);
    const notes = page.getByRole('complementary', { name: 'Note pour le formateur' });
    expect(await notes.count()).toBe(5);
  });

  it('shows each exercise where the lesson puts it, read-only, and moves from lesson to lesson', async () => {
    const { app, page } = await setUp();
    await app.open('#/trainer/guide/cas-fanajeen');
    await app.lessonShown(LESSONS.fanajeen);
    const lesson = LESSON_MANIFEST.lessons.find((l) => l.id === LESSONS.fanajeen)!;
    const shown = page.locator('.guide-exercise');
    expect(await shown.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-exercise-id')))).toEqual(
      lesson.exercises.map((exercise) => exercise.id),
    );
    // Nothing to type, tick or press in an exercise of the guide.
    expect(await page.locator('.guide-exercise :is(input, textarea, select, button)').count()).toBe(0);
    expect(await page.locator('[data-save-status]').count()).toBe(0);
    // The funnel shows its steps, the quiz its questions, the metric question its numbers.
    const funnel = page.locator('.guide-exercise[data-exercise-id="funnel-fanajeen"]');
    expect(await funnel.locator('tbody th').allInnerTexts()).toEqual([
      'Abonnés de la page',
      'Interactions',
      'Visites du site',
      'Achats ou appels',
    ]);
    expect(await page.locator('.guide-exercise[data-exercise-id="fanajeen-remonter-objectif"]').innerText()).toMatch(
      /Question 2 : Si une interaction sur quatre/,
    );
    expect(
      plain(await page.locator('.guide-exercise[data-exercise-id="fanajeen-engagement-abonnes"]').innerText()),
    ).toContain('8 400');
    expect(await app.axe()).toEqual([]);

    await page.getByRole('link', { name: `Leçon suivante : ${lessonTitle(LESSONS.publicite)} →` }).click();
    await app.lessonShown(LESSONS.publicite);
    expect(await page.locator('.guide-exercise[data-kind="budget"]').count()).toBe(1);
    expect(await app.axe()).toEqual([]);
    await app.open(`#/trainer/guide/${LESSONS.plan}`);
    await app.lessonShown(LESSONS.plan);
    expect(await page.locator('.guide-exercise[data-kind="action-plan"]').innerText()).toMatch(/Échéance/);
    expect(await app.axe()).toEqual([]);
    await page.getByRole('link', { name: 'Espace formateur' }).click();
    await page.getByRole('heading', { level: 1, name: 'Espace formateur' }).waitFor();
  });

  it('prints: the notes and exercises on paper, without the navigation or the button', async () => {
    const { app, page } = await setUp();
    await app.open(`#/trainer/guide/${LESSONS.fanajeen}`);
    await app.lessonShown(LESSONS.fanajeen);
    const button = page.getByRole('button', { name: 'Imprimer ce guide' });
    expect(await button.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await button.isVisible()).toBe(false);
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(await page.locator('.trainer-note').first().isVisible()).toBe(true);

    const file = join(e2e.tempDir(), 'guide.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const text = pdfText(file);
    expect(text).toContain(lessonTitle(LESSONS.fanajeen));
    for (const sentence of NOTE_SENTENCES) expect(text).toContain(sentence);
    expect(text).toContain('Abonnés de la page');
    expect(text).not.toContain('Imprimer ce guide');
    expect(text).not.toContain('Espace formateur');
  });

  it('says in French when the lesson does not exist', async () => {
    const { app, page } = await setUp();
    await app.open('#/trainer/guide/lecon-inconnue');
    expect(await page.getByRole('alert').innerText()).toBe('Cette leçon n’existe pas.');
  });
});

describe('the day’s programme on the home screen', () => {
  it('lists the session’s lessons with their durations and adds them up', async () => {
    const { app, page } = await setUp();
    await app.open();
    const programme = page.locator('.programme-card');
    const rows = programme.locator('li');
    expect((await rows.allInnerTexts()).map(plain)).toEqual([
      'Le programme de la journée 30 min',
      'Objectifs et indicateurs 1 h',
      'Le cas fanajeen : l’entonnoir d’un lancement 1 h',
      'Publicité ou communauté ? 1 h 15',
      'Le cas stagiaire : lire des chiffres publiés 45 min',
      'Le cas yabiladi : une page face à Facebook 45 min',
      'Votre plan d’action 1 h',
    ]);
    expect(plain(await app.text('programme-total'))).toBe('Durée totale des leçons : 6 h 15');
    // With no session prepared, the card says so (the programme above still adds up every lesson).
    expect(plain(await page.locator('.session-card').innerText())).toMatch(/pas encore préparée/);

    // The trainer leaves two lessons out and moves the action plan first.
    await app.open('#/trainer');
    // The first run asks for a title and a date: no default is saved as if the trainer had chosen it.
    await page.getByLabel('Titre').fill('Community Management Day');
    await page.getByLabel('Date', { exact: true }).fill('11/06/2026');
    for (const id of [LESSONS.publicite, LESSONS.mesurer]) {
      await page.getByRole('checkbox', { name: lessonTitle(id), exact: true }).uncheck();
    }
    for (let i = 0; i < 4; i += 1) {
      await page.getByRole('button', { name: `Monter « ${lessonTitle(LESSONS.plan)} »` }).click();
    }
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Session enregistrée.').waitFor();

    await app.open();
    const ids = await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-lesson-id')));
    expect(ids).toEqual([LESSONS.plan, LESSONS.programme, LESSONS.fanajeen, 'cas-stagiaire', 'cas-yabiladi']);
    // 375 − 75 − 60 minutes.
    expect(plain(await app.text('programme-total'))).toBe('Durée totale des leçons : 4 h');
    expect(await app.axe()).toEqual([]);
  });
});
