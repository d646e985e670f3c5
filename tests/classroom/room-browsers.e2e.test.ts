import type { Browser } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { FUNNEL_ID, LESSONS, WorkbookApp } from '../e2e/workbook-page';
import { useTempDir } from '../support/temp-dir';
import { launch, device, type Device } from './room-browser';
import { api, startRoomHost, type RoomHost } from './room-host';

const tempDir = useTempDir('cmday-room-e2e-');
let room: RoomHost | undefined;
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  await room?.stop();
  browser = undefined;
  room = undefined;
});

const HOSTS = ['127.0.0.1', '127.0.0.2'];

async function join(person: Device, url: string, name: string, code: string): Promise<string> {
  await person.page.goto(url);
  await person.page.getByRole('heading', { name: /Rejoindre la salle/ }).waitFor();
  await person.page.getByLabel('Votre nom').fill(name);
  await person.page.getByLabel(/Code de la salle/).fill(code);
  await person.page.getByRole('button', { name: 'Rejoindre' }).click();
  await person.page.getByRole('heading', { name: `Cahier de ${name}` }).waitFor();
  return /#\/p\/([0-9a-f-]+)/.exec(person.page.url())![1]!;
}

describe('the room with real browsers (a trainer, two attendees on 127.0.0.2)', () => {
  it('opens from the trainer panel, lets each attendee in to their own workbook only, and closes for all', async () => {
    room = await startRoomHost(tempDir());
    browser = await launch();
    const trainer = await device(browser, HOSTS);
    await trainer.page.goto(`${room.trainerUrl}#/trainer`);
    const panel = trainer.page.locator('section.room-panel');
    await panel.getByRole('status').filter({ hasText: 'La salle est fermée.' }).waitFor();
    await panel.getByLabel('Réseau sur lequel ouvrir la salle').selectOption('127.0.0.2');
    await panel.getByRole('button', { name: 'Ouvrir la salle' }).click();
    const url = (await panel.locator('[data-room-url]').getAttribute('data-room-url'))!;
    const code = (await panel.locator('[data-room-code]').getAttribute('data-room-code'))!;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/$/);
    expect(
      await panel
        .getByRole('img', { name: `QR code de l’adresse ${url}` })
        .locator('path')
        .count(),
    ).toBe(1);

    const amina = await device(browser, HOSTS);
    const karim = await device(browser, HOSTS);
    await amina.page.goto(url);
    // What is stored, where, and who sees it, before anything is sent.
    const privacy = amina.page.getByRole('region', { name: 'Vos données' });
    await expect.poll(() => privacy.innerText()).toMatch(/votre nom et vos réponses/);
    expect(await privacy.innerText()).toMatch(/sur l’ordinateur du formateur, dans un fichier local/);
    expect(await privacy.innerText()).toMatch(/Qui les voit : le formateur/);
    await amina.page.getByLabel('Votre nom').fill('Amina');
    await amina.page.getByLabel(/Code de la salle/).fill(code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA');
    await amina.page.getByRole('button', { name: 'Rejoindre' }).click();
    await expect.poll(() => amina.page.getByRole('alert').innerText()).toMatch(/Code incorrect/);
    const aminaId = await join(amina, url, 'Amina', code.toLowerCase());
    const karimId = await join(karim, url, 'Karim', code);
    await panel.getByText('2 participants connectés').waitFor({ timeout: 15_000 });

    // Karim asks for Amina's pages, or the trainer's: he lands back on his own workbook.
    for (const path of [`#/p/${aminaId}`, `#/p/${aminaId}/lessons/${LESSONS.fanajeen}`, '#/', '#/trainer']) {
      await karim.page.goto(`${url}${path}`);
      await karim.page.getByRole('heading', { name: 'Cahier de Karim' }).waitFor();
    }
    const fromKarimsPage = await karim.page.evaluate(async (profileId) => {
      const response = await fetch('/api/answer.list', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ profileId }),
      });
      return { status: response.status, body: (await response.json()) as { error?: { message: string } } };
    }, aminaId);
    expect(fromKarimsPage.status).toBe(403);
    expect(fromKarimsPage.body.error?.message).toMatch(/votre propre cahier/);
    // The page's script cannot read the token (HttpOnly).
    expect(await karim.page.evaluate('document.cookie')).toBe('');

    // Amina answers; a reload (or a new tab of the same browser) goes straight to her workbook.
    const app = new WorkbookApp(amina.page, url);
    await app.openLesson(LESSONS.fanajeen);
    await app.typeFunnel({ 'Abonnés de la page': '500' });
    await app.waitSaved();
    await amina.page.goto(url);
    await amina.page.getByRole('heading', { name: 'Cahier de Amina' }).waitFor();
    await app.gotoLesson(aminaId, LESSONS.fanajeen);
    expect(await app.step('Abonnés de la page').inputValue()).toBe('500');

    // « Fermer la salle »: both attendee pages say so, and nothing answers on the room's address.
    await panel.getByRole('button', { name: 'Fermer la salle' }).click();
    await panel.getByRole('status').filter({ hasText: 'La salle est fermée.' }).waitFor();
    for (const person of [amina, karim]) {
      await person.page.getByRole('alert').filter({ hasText: 'La salle est fermée' }).waitFor();
    }
    await expect(api(url, 'classroom.me')).rejects.toThrow(/ECONNREFUSED/);
    expect((await room.trainer('answer.list', { profileId: karimId })).status).toBe(200);

    for (const person of [trainer, amina, karim]) {
      expect(person.foreignRequests).toEqual([]);
      expect(person.pageErrors).toEqual([]);
    }
  }, 90_000);

  it('keeps what an attendee typed through a network drop, says so, and saves it when the network is back', async () => {
    room = await startRoomHost(tempDir());
    const { url, code } = await room.open();
    browser = await launch();
    const amina = await device(browser, HOSTS);
    const aminaId = await join(amina, url, 'Amina', code);
    const app = new WorkbookApp(amina.page, url);
    await app.openLesson(LESSONS.fanajeen);
    await app.typeFunnel({ 'Abonnés de la page': '300' });
    await app.waitSaved();

    await amina.context.setOffline(true);
    await app.typeFunnel({ Interactions: '30' });
    const status = app.exercise(FUNNEL_ID).locator('[data-save-status="offline"]');
    await status.waitFor();
    expect(await status.innerText()).toBe('Hors ligne — enregistré dès le retour du réseau');
    const saved = async () =>
      ((await room!.trainer('answer.list', { profileId: aminaId })).body.value as { value: { counts: unknown[] } }[])[0]
        ?.value.counts;
    // Nothing is acknowledged before it is committed.
    expect((await saved())?.[1]).toBeNull();
    expect(await app.step('Interactions').inputValue()).toBe('30');

    await amina.context.setOffline(false);
    await app.waitSaved();
    expect((await saved())?.[1]).toBe(30);
    expect(amina.foreignRequests).toEqual([]);
  }, 60_000);
});
