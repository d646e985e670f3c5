import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Session } from '../support/browser';
import { useE2e } from '../support/e2e';
import { TrainerApp } from './trainer-page';
import { LESSONS, WorkbookApp } from './workbook-page';

const e2e = useE2e('cmday-files-');

async function setUp() {
  const host = await e2e.host();
  const session = await e2e.browser();
  const app = new WorkbookApp(session.page, host.url);
  return { app, trainer: new TrainerApp(app), page: session.page };
}

/** One attendee with one answer, exported from a machine whose session is prepared. */
async function exportedFile(name: string): Promise<string> {
  const { app, trainer, page } = await setUp();
  await trainer.open();
  await trainer.prepare({ title: 'Session du fichier' });
  await app.open();
  await app.createProfile(name);
  await app.openLesson(LESSONS.fanajeen);
  await app.typeFunnel({ 'Abonnés de la page': '800', Interactions: '40' });
  await app.waitSaved();
  await page.getByRole('link', { name: 'Retour au cahier' }).click();
  await app.ready();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter mon cahier (.cmwb)' }).click(),
  ]);
  const file = join(e2e.tempDir(), `${name}.cmwb`);
  await download.saveAs(file);
  return file;
}

describe('importing a .cmwb file', () => {
  it('applies exactly the file previewed: a later damaged choice replaces the preview, and nothing is imported', async () => {
    const good = await exportedFile('Salma');
    const tampered = join(e2e.tempDir(), 'modifie.cmwb');
    writeFileSync(tampered, readFileSync(good, 'utf8').replace('"Salma"', '"Salmo"'));

    const { app, trainer, page } = await setUp();
    await trainer.open();
    const input = page.getByLabel('Choisir le fichier .cmwb à importer');
    // The native « Choose File / No file chosen » is replaced by a French button and the chosen file's name.
    expect(await page.getByTestId('import-file-name').innerText()).toBe('Aucun fichier choisi.');
    await input.setInputFiles(good);
    expect(await page.getByTestId('import-file-name').innerText()).toBe('Fichier choisi : Salma.cmwb');
    const preview = await page.getByTestId('import-preview').innerText();
    expect(preview).toMatch(/1 nouveau participant et 0 participant déjà présent\./);
    expect(preview).toMatch(/1 nouvelle réponse\./);
    // No session is prepared here: the file's will be imported, and the preview says so.
    expect(await page.getByTestId('import-session').getAttribute('data-session')).toBe('imported');
    expect(preview).toMatch(/La session du fichier .* sera importée/);

    await input.setInputFiles(tampered);
    expect(await page.getByTestId('import-file-name').innerText()).toBe('Fichier choisi : modifie.cmwb');
    expect(await page.getByRole('alert').innerText()).toMatch(/endommagé ou a été modifié/);
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Importer', exact: true }).count()).toBe(0);

    // Nothing of the earlier file was imported.
    await app.open();
    expect(await page.getByRole('link', { name: /Ouvrir le cahier de/ }).count()).toBe(0);
  });

  it('says the session is kept, and counts answers in conflict (the file wins)', async () => {
    const file = await exportedFile('Nadia');
    // The same answer, changed, at the very same millisecond: a conflict.
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { profiles: { answers: { value: unknown }[] }[] };
    const { app, trainer, page } = await setUp();
    await trainer.open();
    await trainer.prepare({ title: 'Session locale' });
    const input = page.getByLabel('Choisir le fichier .cmwb à importer');
    await input.setInputFiles(file);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const done = page.locator('.import [role="status"]', { hasText: 'Import terminé' });
    expect(await done.innerText()).toBe('Import terminé. Fichier importé : « Nadia.cmwb ».');
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(parsed.profiles[0]!.answers).toHaveLength(1);

    // Our answer now differs from the file's, saved at the same time in the file: edit the file's value.
    const conflict = join(e2e.tempDir(), 'conflit.cmwb');
    const exportedAgain = await exportFromTrainer(page);
    const data = JSON.parse(exportedAgain) as {
      profiles: { answers: { value: { counts: (number | null)[] } }[] }[];
      sha256?: string;
    };
    data.profiles[0]!.answers[0]!.value.counts[0] = 900;
    writeFileSync(conflict, await reseal(data));
    await input.setInputFiles(conflict);
    expect(await page.getByTestId('import-session').getAttribute('data-session')).toBe('kept');
    expect(await page.getByTestId('import-preview').innerText()).toMatch(
      /La session de ce poste est gardée : celle du fichier sera ignorée\./,
    );
    expect(await page.getByTestId('import-conflict').innerText()).toBe('1 réponse en conflit : le fichier l’emporte.');
    await app.ready();
  });
});

async function exportFromTrainer(page: Session['page']): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter tous les cahiers (.cmwb)' }).click(),
  ]);
  return readFileSync((await download.path())!, 'utf8');
}

/** The file's hash, computed again as export does (canonical JSON of everything else). */
async function reseal(data: Record<string, unknown>): Promise<string> {
  const { sealWorkbook, workbookText } = await import('../../src/main/service/workbook-file');
  const { sha256: _drop, ...rest } = data;
  void _drop;
  return workbookText(sealWorkbook(rest as never));
}
