import { describe, expect, it } from 'vitest';
import { engagementRateByFollowers, engagementRateByReach, roiAfterMargin } from '../../src/shared/metrics/index';
import { formatDecimal, formatPercent } from '../../src/shared/format/index';
import { useE2e } from '../support/e2e';
import { FUNNEL_ID, LESSONS, WorkbookApp } from './workbook-page';

const e2e = useE2e('cmday-kinds-');

/** The exercises of the journey, by the ids the lessons give them (content/*.mdx). */
const METRIC = 'mesurer-engagement-portee';
const QUIZ = 'mesurer-choisir-denominateur';
const REFLECTION = 'fanajeen-ou-fuit-l-entonnoir';
const BUDGET = 'pub-bac-a-sable';
const PLAN = 'plan-action-personnel';

/** « 12 400 » (narrow spaces) as the table shows it → 12400. */
const readCount = (text: string) => Number(text.replace(/[\s\u00a0\u202f]/g, ''));
/** A percentage typed the French way, with two decimals: 0.0523 → « 5,23 ». */
const typedPercent = (rate: number) => formatDecimal(rate * 100, { minimumDigits: 2, maximumDigits: 2 });

const REFLECTION_TEXT =
  'La plus forte perte est entre les visites et les achats (5 %) : la boutique est lente. Action : alléger la page produit ; indicateur : le taux de conversion du site.';
const CONCLUSION =
  'Avec un CPM à 10 MAD, la publicité ne perd plus d’argent, mais le community management reste devant.';
const PLAN_FIELDS = {
  objective: 'Obtenir 30 commandes par mois grâce à la page d’ici la fin du trimestre',
  current: '2,5',
  target: '4',
  other: 'Salon professionnel',
  deadline: '2026-09-30',
  actions: [
    'Mettre un lien vers la boutique dans chaque publication',
    'Publier deux vidéos de démonstration',
    'Relancer les clients par la lettre d’information',
  ],
};

describe('an attendee answers every kind of exercise (web host, real UI)', () => {
  it('funnel, metric question, quiz, reflection, budget and action plan: all kept after a reload', async () => {
    const host = await e2e.host();
    const session = await e2e.browser();
    const { page } = session;
    const app = new WorkbookApp(page, host.url);
    await app.open();
    const profileId = await app.createProfile('Aïcha Bennani');

    // MetricQuestion: the numbers are drawn for this attendee; the test reads them from the page's table.
    await app.openLesson(LESSONS.mesurer);
    expect(await app.axe()).toEqual([]);
    const metric = app.exercise(METRIC);
    const shown = async (name: string) => readCount(await app.text(`input-${name}`, metric));
    const engagements = await shown('engagements');
    const reach = await shown('reach');
    const followers = await shown('followers');
    const answer = metric.getByLabel('Taux d’engagement par portée (en %)');
    const feedback = metric.getByTestId('metric-feedback');
    // Divided by the followers instead of the reach: the feedback names the wrong denominator.
    await answer.fill(typedPercent(engagementRateByFollowers({ engagements, followers })!));
    await metric.getByRole('button', { name: 'Vérifier' }).click();
    await expect.poll(() => feedback.getAttribute('data-verdict')).toBe('mistake');
    expect(await feedback.innerText()).toBe(
      'Vous avez divisé par les abonnés ; le taux d’engagement par portée divise par la portée.',
    );
    const right = engagementRateByReach({ engagements, reach })!;
    await answer.fill(typedPercent(right));
    await metric.getByRole('button', { name: 'Vérifier' }).click();
    await expect.poll(() => feedback.getAttribute('data-verdict')).toBe('correct');
    expect((await feedback.innerText()).replace(/\u202f/g, ' ')).toBe(
      `Exact : ${formatPercent(right, { digits: 1 }).replace(/\u202f/g, ' ')}.`,
    );
    await app.waitSaved(METRIC);
    expect(await metric.innerText()).toMatch(/2 essais/);

    // Quiz, from the keyboard alone: arrows pick a radio button, Space ticks a box, Enter validates.
    const quiz = app.exercise(QUIZ);
    await quiz.locator('input').first().focus();
    await page.keyboard.press('ArrowDown'); // question 1: the second choice
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // question 2: the second choice
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // question 3: choices 1, 3 and 4
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await app.waitSaved(QUIZ);
    expect(await app.text('quiz-score', quiz)).toBe('Score : 3 sur 3.');

    // FunnelExercise and Reflection, in the case study.
    await page.getByRole('link', { name: 'Retour au cahier' }).click();
    await app.ready();
    await app.openLesson(LESSONS.fanajeen);
    expect(await app.axe()).toEqual([]);
    await app.typeFunnel({
      'Abonnés de la page': '8400',
      Interactions: '1280',
      'Visites du site': '320',
      'Achats ou appels': '16',
    });
    await app.waitSaved(FUNNEL_ID);
    const reflection = app.exercise(REFLECTION).getByRole('textbox');
    await reflection.fill(REFLECTION_TEXT);
    await reflection.blur();
    await app.waitSaved(REFLECTION);

    // BudgetSandbox: a cheaper CPM for the ads, and a conclusion.
    await app.gotoLesson(profileId, LESSONS.publicite);
    expect(await app.axe()).toEqual([]);
    const budget = app.exercise(BUDGET);
    const ads = budget.getByRole('group', { name: 'Publicité Facebook' });
    const results = budget.locator('table.budget-results').first();
    // The lesson's hypotheses: 6 000 MAD at 12,5 MAD the thousand, 0,5 % clicks, 2 % orders of 250 MAD, 40 % margin.
    const adsRoi = (cpm: number) => {
      const revenue = (6000 / cpm) * 1000 * 0.005 * 0.02 * 250;
      return formatPercent(roiAfterMargin({ revenue, grossMargin: 0.4, cost: 6000 }));
    };
    expect(await app.text('roiAfterMargin-0', results)).toBe(adsRoi(12.5));
    const cpmField = ads.getByLabel('CPM (MAD pour 1 000 impressions)');
    await cpmField.fill('10');
    await expect.poll(() => app.text('roiAfterMargin-0', results)).toBe(adsRoi(10));
    await budget
      .getByLabel('Votre conclusion : avec ces hypothèses, quel canal choisiriez-vous, et pourquoi ?')
      .fill(CONCLUSION);
    await cpmField.focus(); // leaving the conclusion saves at once
    await app.waitSaved(BUDGET);

    // ActionPlan: every field.
    await app.gotoLesson(profileId, LESSONS.plan);
    expect(await app.axe()).toEqual([]);
    const plan = app.exercise(PLAN);
    await plan.getByLabel('Mon objectif, pour mon activité').fill(PLAN_FIELDS.objective);
    await plan
      .getByLabel('L’indicateur qui dira si l’objectif est atteint')
      .selectOption({ label: 'Taux de conversion' });
    await plan.getByLabel('Valeur actuelle (en %)').fill(PLAN_FIELDS.current);
    await plan.getByLabel('Valeur visée (en %)').fill(PLAN_FIELDS.target);
    await plan.getByRole('checkbox', { name: 'Facebook' }).check();
    await plan.getByLabel('Autre canal (facultatif)').fill(PLAN_FIELDS.other);
    await plan.getByLabel('Échéance').fill(PLAN_FIELDS.deadline);
    for (const [i, action] of PLAN_FIELDS.actions.entries()) {
      await plan.getByLabel(`Action de la semaine ${i + 1}`).fill(action);
    }
    await plan.getByLabel('Action de la semaine 3').blur();
    expect(await app.text('plan-status', plan)).toBe('Plan complet.');
    await app.waitSaved(PLAN);

    // Reload each lesson: every answer is back, and said saved.
    await page.reload();
    await app.lessonShown(LESSONS.plan);
    expect(await plan.getByLabel('Mon objectif, pour mon activité').inputValue()).toBe(PLAN_FIELDS.objective);
    expect(await plan.getByLabel('Valeur actuelle (en %)').inputValue()).toBe(PLAN_FIELDS.current);
    expect(await plan.getByLabel('Valeur visée (en %)').inputValue()).toBe(PLAN_FIELDS.target);
    expect(await plan.getByRole('checkbox', { name: 'Facebook' }).isChecked()).toBe(true);
    expect(await plan.getByLabel('Autre canal (facultatif)').inputValue()).toBe(PLAN_FIELDS.other);
    expect(await plan.getByLabel('Échéance').inputValue()).toBe(PLAN_FIELDS.deadline);
    expect(await plan.getByLabel('Action de la semaine 2').inputValue()).toBe(PLAN_FIELDS.actions[1]);
    expect(await app.text('plan-status', plan)).toBe('Plan complet.');
    await app.waitSaved(PLAN);

    await app.gotoLesson(profileId, LESSONS.publicite);
    expect(await ads.getByLabel('CPM (MAD pour 1 000 impressions)').inputValue()).toBe('10');
    expect(await app.text('roiAfterMargin-0', results)).toBe(adsRoi(10));
    expect(await budget.getByRole('textbox', { name: /Votre conclusion/ }).inputValue()).toBe(CONCLUSION);
    await app.waitSaved(BUDGET);

    await app.gotoLesson(profileId, LESSONS.fanajeen);
    expect(await app.step('Achats ou appels').inputValue()).toBe('16');
    expect(await app.text('overall-conversion')).toBe(`0,19\u202f%`);
    expect(await reflection.inputValue()).toBe(REFLECTION_TEXT);
    for (const id of [FUNNEL_ID, REFLECTION]) await app.waitSaved(id);

    await app.gotoLesson(profileId, LESSONS.mesurer);
    expect(await metric.getByTestId('metric-feedback').getAttribute('data-verdict')).toBe('correct');
    expect(await answer.inputValue()).toBe(typedPercent(right));
    // Drawn once for this attendee: the same numbers after the reload.
    expect(await shown('engagements')).toBe(engagements);
    expect(await shown('reach')).toBe(reach);
    expect(await app.text('quiz-score', quiz)).toBe('Score : 3 sur 3.');
    const boxes = quiz.getByRole('checkbox');
    expect([await boxes.nth(0).isChecked(), await boxes.nth(1).isChecked(), await boxes.nth(2).isChecked()]).toEqual([
      true,
      false,
      true,
    ]);
    expect(await boxes.nth(3).isChecked()).toBe(true);
    for (const id of [METRIC, QUIZ]) await app.waitSaved(id);
  });
});
