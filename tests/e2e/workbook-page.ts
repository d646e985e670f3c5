import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { LESSON_MANIFEST } from '../../src/shared/content/manifest';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The lessons the tests visit, by id (titles come from the build's manifest, so a retitled lesson needs no edit here). */
export { LESSONS } from '../support/exercises';

/** A whole funnel as an attendee types it, French digit groups included. */
export const TYPED_FUNNEL = {
  'Abonnés de la page': '1 240 000',
  Interactions: '86 000',
  'Visites du site': '12 000',
  'Achats ou appels': '1 234',
};

/** A lesson's title as attendees see it in links and headings. */
export function lessonTitle(lessonId: string): string {
  const lesson = LESSON_MANIFEST.lessons.find((l) => l.id === lessonId);
  if (!lesson) throw new Error(`No lesson "${lessonId}" in this build: the tests need it.`);
  return lesson.title;
}

/** The funnel of the case study, and its steps as the lesson names them. */
export const FUNNEL_ID = 'funnel-fanajeen';

/** A small page model of the attendee's workbook, driven the way a person would. */
export class WorkbookApp {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async ready(): Promise<void> {
    await this.page.locator('main[data-app-state="ready"]').waitFor();
  }

  async open(path = ''): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
    await this.ready();
  }

  async createProfile(name: string): Promise<string> {
    await this.page.getByLabel('Votre nom').fill(name);
    await this.page.getByRole('button', { name: 'Créer mon cahier' }).click();
    await this.page.getByRole('heading', { name: `Cahier de ${name}` }).waitFor();
    await this.ready();
    return /#\/p\/([0-9a-f-]+)/.exec(this.page.url())![1]!;
  }

  /** From the workbook page, follows the lesson's link as a person does. */
  async openLesson(lessonId: string): Promise<void> {
    const title = lessonTitle(lessonId);
    await this.page.getByRole('link', { name: title, exact: true }).click();
    await this.lessonShown(lessonId);
  }

  /** Straight to a lesson by its route (a bookmark, a reload). */
  async gotoLesson(profileId: string, lessonId: string): Promise<void> {
    await this.open(`#/p/${profileId}/lessons/${lessonId}`);
    await this.lessonShown(lessonId);
  }

  async lessonShown(lessonId: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: lessonTitle(lessonId), exact: true }).waitFor();
    await this.ready();
  }

  /** One exercise of the page, by the id the lesson gives it. */
  exercise(id: string): Locator {
    return this.page.locator(`section.exercise[data-exercise-id="${id}"]`);
  }

  /** A step of the case study's funnel (every lesson page may hold other fields of the same name). */
  step(label: string, funnelId: string = FUNNEL_ID) {
    return this.exercise(funnelId).getByLabel(label, { exact: true });
  }

  async typeFunnel(values: Record<string, string>, funnelId: string = FUNNEL_ID): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      // Select and type over, key by key, as a person does: no empty step in between.
      await this.step(label, funnelId).selectText();
      await this.step(label, funnelId).pressSequentially(value);
    }
  }

  /** Waits until the exercise (the case study's funnel unless named) shows « Enregistré ». */
  async waitSaved(exerciseId: string = FUNNEL_ID): Promise<void> {
    await this.exercise(exerciseId).locator('[data-save-status="saved"]').waitFor();
  }

  saveStatus(exerciseId: string = FUNNEL_ID): Locator {
    return this.exercise(exerciseId).locator('[data-save-status]');
  }

  /**
   * Ticks the quiz's choices (by position, question by question) and validates it.
   * `choices[q]` lists the choices of question q.
   */
  async answerQuiz(exerciseId: string, choices: number[][]): Promise<void> {
    const quiz = this.exercise(exerciseId);
    for (const [q, picks] of choices.entries()) {
      const question = quiz.locator('fieldset.quiz-question').nth(q);
      for (const c of picks) await question.locator('input').nth(c).check();
    }
    await quiz.getByRole('button', { name: 'Valider' }).click();
  }

  /** « 0 exercice terminé sur 6 », « Leçon terminée ». */
  progress(): Promise<string> {
    return this.text('lesson-progress');
  }

  /** Serious or critical axe-core violations on the current page. */
  async axe(): Promise<{ id: string; impact: string }[]> {
    await this.page.evaluate(AXE);
    const violations = await this.page.evaluate(async () => {
      const axe = (
        globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }
      ).axe;
      return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  text(testId: string, within?: Locator) {
    return (within ?? this.page).getByTestId(testId).innerText();
  }
}
