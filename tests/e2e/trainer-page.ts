import type { Locator, Page } from 'playwright-core';
import type { WorkbookApp } from './workbook-page';

export interface SessionFields {
  title?: string;
  /** As a person types it: « 11/06/2026 ». */
  date?: string;
  place?: string;
  trainer?: string;
  organiser?: string;
}

/** A small page model of the trainer's page (#/trainer), driven the way a person would. */
export class TrainerApp {
  readonly page: Page;

  constructor(readonly app: WorkbookApp) {
    this.page = app.page;
  }

  async open(): Promise<void> {
    await this.app.open('#/trainer');
  }

  /** The « Préparer la journée » guide, shown until the session is first saved. */
  firstRun(): Locator {
    return this.page.locator('[data-first-run]');
  }

  async fill(fields: SessionFields): Promise<void> {
    const labels: [keyof SessionFields, string][] = [
      ['title', 'Titre'],
      ['date', 'Date'],
      ['place', 'Lieu (ville)'],
      ['trainer', 'Nom du formateur'],
      ['organiser', 'Organisateur'],
    ];
    for (const [key, label] of labels) {
      const value = fields[key];
      if (value !== undefined) await this.page.getByLabel(label, { exact: true }).fill(value);
    }
  }

  lesson(title: string): Locator {
    return this.page.getByRole('checkbox', { name: title, exact: true });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^Enregistrer/ }).click();
  }

  /** The form's message once saved (« Session enregistrée… »). */
  async saved(): Promise<void> {
    await this.page.locator('form.session-form [role="status"]', { hasText: 'Session enregistrée' }).waitFor();
  }

  /** Fills the first run's two steps and saves: the session then reads as prepared everywhere. */
  async prepare(fields: SessionFields = {}): Promise<void> {
    await this.fill({ title: 'CM Day — Casablanca', date: '11/06/2026', place: 'Casablanca', ...fields });
    await this.save();
    await this.saved();
  }
}
