import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

  async openLesson(title: string): Promise<void> {
    await this.page.getByRole('link', { name: title, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await this.ready();
  }

  step(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async typeFunnel(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      // Select and type over, key by key, as a person does: no empty step in between.
      await this.step(label).selectText();
      await this.step(label).pressSequentially(value);
    }
  }

  async waitSaved(): Promise<void> {
    await this.page.locator('[data-save-status="saved"]').waitFor();
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

  text(testId: string) {
    return this.page.getByTestId(testId).innerText();
  }
}
