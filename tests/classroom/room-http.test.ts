import { connect } from 'node:net';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hashToken } from '../../src/main/db/attendee-tokens';
import { afterEach, describe, expect, it } from 'vitest';
import { FUNNEL, funnelValue } from '../support/exercises';
import { useTempDir } from '../support/temp-dir';
import { api, raw, startRoomHost, type RoomHost } from './room-host';

const tempDir = useTempDir('cmday-room-');
let room: RoomHost | undefined;
afterEach(async () => {
  await room?.stop();
  room = undefined;
});

/** Whether anything accepts a TCP connection there (the room's listener). */
function listening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

const FRENCH_REFUSAL = /refusé|réservée|Rejoignez|propre cahier/;

/** A trainer, a room on 127.0.0.2, and two attendees who joined it. */
async function classroom(options: { joinLimit?: number } = {}) {
  const dir = tempDir();
  room = await startRoomHost(dir, options);
  const { url, code } = await room.open();
  const amina = await room.join(url, 'Amina', code);
  const karim = await room.join(url, 'Karim', code);
  return { dir, room, url, code, amina, karim };
}

describe('the room: nothing beyond loopback until the trainer opens it', () => {
  it('listens on the chosen address only once opened, with a 6-character code, and stops at once when closed', async () => {
    room = await startRoomHost(tempDir());
    const port = Number(new URL(room.trainerUrl).port);
    expect(await listening('127.0.0.2', port)).toBe(false);
    expect((await room.trainer('classroom.state')).body.value).toEqual({ open: false });

    const refused = await room.trainer('classroom.open', { address: '0.0.0.0' });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(/n’est pas une interface réseau de ce poste/);

    const { url, code } = await room.open();
    expect(url).toBe(`http://127.0.0.2:${port}/`);
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRTUVWXY346789]{6}$/);
    expect(await listening('127.0.0.2', port)).toBe(true);
    const page = await raw(url, { path: '/', headers: { host: new URL(url).host } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root">');

    const closed = await room.trainer('classroom.close');
    expect(closed.body.value).toEqual({ open: false });
    expect(await listening('127.0.0.2', port)).toBe(false);
    // The trainer's own screen goes on.
    expect((await room.trainer('profile.list')).status).toBe(200);
  });
});

describe('joining', () => {
  it('gives an HttpOnly, SameSite=Strict cookie (never the token in the body), stored as a SHA-256 only', async () => {
    const dir = tempDir();
    room = await startRoomHost(dir);
    const { url, code } = await room.open();
    const wrong = await api(url, 'classroom.join', { name: 'Amina', code: code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error?.message).toMatch(/Code incorrect/);
    expect(wrong.headers['set-cookie']).toBeUndefined();

    // Case, spaces and dashes do not matter.
    const typed = `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`;
    const joined = await api(url, 'classroom.join', { name: 'Amina', code: typed });
    expect(joined.status).toBe(200);
    const setCookie = String(joined.headers['set-cookie']);
    expect(setCookie).toMatch(/^cmday_salle=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    const token = /^cmday_salle=([^;]+)/.exec(setCookie)![1]!;
    expect(joined.text).not.toContain(token);
    expect(joined.body.value).toMatchObject({ profile: { name: 'Amina' } });

    const me = await api(url, 'classroom.me', {}, { cookie: `cmday_salle=${token}` });
    expect(me.body.value).toMatchObject({ role: 'attendee', profile: { name: 'Amina' } });
    // The workbook, its journal and its backups hold the token's SHA-256, never the token itself.
    await room.trainer('backup.create');
    const files = (folder: string): string[] =>
      readdirSync(folder).flatMap((name) => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? files(path) : [path];
      });
    const bytes = files(dir)
      .map((file) => readFileSync(file).toString('latin1'))
      .join('\n');
    expect(bytes).toContain(hashToken(token));
    expect(bytes).not.toContain(token);
  });

  it('limits join attempts to 10 a minute per address, in French, without slowing other devices', async () => {
    room = await startRoomHost(tempDir());
    const { url, code } = await room.open();
    for (let i = 0; i < 10; i += 1) {
      expect((await api(url, 'classroom.join', { name: 'X', code: 'AAAAAA' }, { from: '127.0.0.3' })).status).toBe(
        code === 'AAAAAA' ? 200 : 403,
      );
    }
    const limited = await api(url, 'classroom.join', { name: 'Amina', code }, { from: '127.0.0.3' });
    expect(limited.status).toBe(429);
    expect(limited.body.error).toEqual({ code: 'rate_limited', message: expect.stringMatching(/Trop de tentatives/) });
    expect(limited.headers['set-cookie']).toBeUndefined();
    // Another device of the room is not held back by that one.
    expect((await api(url, 'classroom.join', { name: 'Karim', code }, { from: '127.0.0.4' })).status).toBe(200);
  });
});

describe('an attendee reaches their own workbook only', () => {
  it('refuses reads and writes of another attendee’s profile, by any method or download', async () => {
    const { url, amina, karim } = await classroom();
    const asKarim = { cookie: karim.cookie };
    const save = (profileId: string) => ({ profileId, exerciseId: FUNNEL, value: funnelValue([10, 2]), revision: 0 });

    expect((await api(url, 'answer.save', save(amina.id), { cookie: amina.cookie })).status).toBe(200);
    for (const [method, input] of [
      ['answer.list', { profileId: amina.id }],
      ['answer.save', save(amina.id)],
      ['profile.get', { profileId: amina.id }],
      ['print.workbook', { profileId: amina.id }],
      ['workbook.export', { profileIds: [amina.id] }],
      ['workbook.export', { profileIds: [karim.id, amina.id] }],
      ['workbook.export', {}],
    ] as const) {
      const refused = await api(url, method, input, asKarim);
      expect(refused.status, `${method} ${JSON.stringify(input)}`).toBe(403);
      expect(refused.body.error?.message).toMatch(/propre cahier/);
    }
    // Amina's answer is as she saved it: Karim's save did not land.
    const mine = await api(url, 'answer.list', { profileId: amina.id }, { cookie: amina.cookie });
    expect(mine.body.value).toEqual([expect.objectContaining({ value: funnelValue([10, 2]), revision: 1 })]);
    // His own, he may.
    expect((await api(url, 'answer.list', { profileId: karim.id }, asKarim)).body).toEqual({ ok: true, value: [] });
    const own = await api(url, 'workbook.export', { profileIds: [karim.id] }, asKarim);
    expect(own.status).toBe(200);
    expect((own.body.value as { content: string }).content).not.toContain('Amina');

    const host = new URL(url).host;
    for (const path of [
      `/export/${amina.id}.pdf`,
      '/export/guide.pdf',
      `/export/guide/${'programme'}.pdf`,
      `/export/zip/${crypto.randomUUID()}.zip`,
      `/%65xport/${amina.id}.pdf`,
      // His own id, but not the workbook's route: only that one route is his.
      `/export/guide/${karim.id}.pdf`,
    ]) {
      const download = await raw(url, { path, headers: { host, cookie: karim.cookie } });
      expect(download.status, path).toBe(403);
      expect(download.headers['content-type'], path).not.toMatch(/pdf|zip/);
    }
    expect((await raw(url, { path: `/export/${amina.id}.pdf`, headers: { host, cookie: karim.cookie } })).status).toBe(
      403,
    );
  });

  it('lets an attendee download their own workbook as a PDF through the room (printed on the trainer’s side)', async () => {
    const { url, karim } = await classroom();
    const pdf = await raw(url, {
      path: `/export/${karim.id}.pdf`,
      headers: { host: new URL(url).host, cookie: karim.cookie },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.text.startsWith('%PDF-')).toBe(true);
  }, 60_000);

  it('refuses every trainer method to an attendee token, on the room even from the trainer’s machine', async () => {
    const { url, amina, karim } = await classroom();
    const trainerOnly: [string, unknown][] = [
      ['profile.list', {}],
      ['profile.create', { name: 'Intrus' }],
      ['profile.delete', { profileId: karim.id }],
      ['profile.rename', { profileId: karim.id, name: 'X' }],
      ['profile.merge', { keepId: amina.id, mergeId: karim.id }],
      ['session.update', { title: 'x' }],
      ['workbook.import', { content: '{}' }],
      ['backup.list', {}],
      ['backup.restore', { id: 'x' }],
      ['pdf.exportAll', {}],
      ['app.status', {}],
      ['classroom.open', { address: '127.0.0.2' }],
      ['classroom.close', {}],
      ['classroom.state', {}],
    ];
    for (const [method, input] of trainerOnly) {
      for (const cookie of [amina.cookie, undefined]) {
        const refused = await api(url, method, input, cookie ? { cookie } : {});
        expect(refused.status, `${method} (${cookie ? 'attendee' : 'no token'})`).toBe(403);
        expect(refused.body.error?.message).toMatch(FRENCH_REFUSAL);
      }
    }
    // The catch-all route is the same dispatch.
    const host = new URL(url).host;
    const fallback = await raw(url, {
      method: 'POST',
      path: '/api/profile.list?x=1',
      headers: { host, 'content-type': 'application/json', cookie: amina.cookie },
      body: '{}',
    });
    expect(fallback.status).toBe(403);
    // Nothing happened: both still there, the room still open.
    expect((await room!.trainer('profile.list')).body.value).toHaveLength(2);
    expect((await room!.trainer('classroom.state')).body.value).toMatchObject({ open: true });
  });

  it('knows nobody without a valid token: no token, a forged one, or one of an erased attendee', async () => {
    const { url, amina, karim } = await classroom();
    for (const cookie of [undefined, 'cmday_salle=forged', `cmday_salle=${'A'.repeat(43)}`]) {
      expect((await api(url, 'classroom.me', {}, cookie ? { cookie } : {})).body.value).toEqual({ role: 'visitor' });
      const refused = await api(url, 'answer.list', { profileId: amina.id }, cookie ? { cookie } : {});
      expect(refused.status).toBe(403);
      expect(refused.body.error?.message).toMatch(/Rejoignez d’abord la salle/);
    }
    expect((await room!.trainer('profile.delete', { profileId: karim.id })).status).toBe(200);
    expect((await api(url, 'classroom.me', {}, { cookie: karim.cookie })).body.value).toEqual({ role: 'visitor' });
  });
});

describe('the room’s listener keeps the web host’s guards', () => {
  it('answers only to its own address (DNS rebinding), refuses cross-site pages and non-JSON', async () => {
    const { url, amina } = await classroom();
    const { host, port } = new URL(url);
    for (const name of ['evil.example', `localhost:${port}`, `127.0.0.1:${port}`]) {
      const rebound = await raw(url, { path: '/', headers: { host: name } });
      expect(rebound.status, name).toBe(403);
      expect(rebound.body.error?.message).toMatch(/Adresse refusée/);
    }
    const crossSite = await raw(url, {
      method: 'POST',
      path: '/api/answer.list',
      headers: { host, 'content-type': 'application/json', cookie: amina.cookie, origin: 'http://evil.example' },
      body: JSON.stringify({ profileId: amina.id }),
    });
    expect(crossSite.status).toBe(403);
    const form = await raw(url, {
      method: 'POST',
      path: '/api/answer.list',
      headers: { host, 'content-type': 'application/x-www-form-urlencoded', cookie: amina.cookie },
      body: `profileId=${amina.id}`,
    });
    expect(form.status).toBe(400);
    expect(form.body.error?.message).toMatch(/JSON/);
  });

  it('refuses an oversize body and path traversal', async () => {
    const { url, amina } = await classroom();
    const { host } = new URL(url);
    const huge = await api(url, 'classroom.join', { name: 'x'.repeat(70 * 1024), code: 'AAAAAA' });
    expect(huge.status).toBe(413);
    expect(huge.body.error?.code).toBe('payload_too_large');
    for (const path of [
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2f..%2fpackage.json',
      '/..%5c..%5cpackage.json',
    ]) {
      const reply = await raw(url, { path, headers: { host, cookie: amina.cookie } });
      expect(reply.status, path).toBeGreaterThanOrEqual(400);
      expect(reply.text, path).not.toMatch(/root:|"name": "cm-day-workbook"/);
    }
  });
});

describe('staying in', () => {
  it('keeps attendees in across closing, reopening and a host restart (the token’s hash is in the file)', async () => {
    const { dir, url, amina } = await classroom();
    await room!.trainer('classroom.close');
    await room!.open();
    expect((await api(url, 'classroom.me', {}, { cookie: amina.cookie })).body.value).toMatchObject({
      role: 'attendee',
    });
    await room!.stop();
    room = await startRoomHost(dir);
    const reopened = await room.open();
    const me = await api(reopened.url, 'classroom.me', {}, { cookie: amina.cookie });
    expect(me.body.value).toMatchObject({ role: 'attendee', profile: { id: amina.id, name: 'Amina' } });
    // A second join from the same browser resumes rather than making a second profile.
    const again = await api(
      reopened.url,
      'classroom.join',
      { name: 'Amina', code: reopened.code },
      { cookie: amina.cookie },
    );
    expect(again.body.value).toMatchObject({ profile: { id: amina.id } });
    expect((await room.trainer('profile.list')).body.value).toHaveLength(2);
  });

  it('merges two profiles of one person: the newer answer per exercise, and both browsers open the kept one', async () => {
    const { url, code, amina } = await classroom();
    const phone = await room!.join(url, 'Amina (téléphone)', code);
    const [older, newer] = [funnelValue([100, 10]), funnelValue([200, 20])];
    await api(
      url,
      'answer.save',
      { profileId: amina.id, exerciseId: FUNNEL, value: older, revision: 0 },
      { cookie: amina.cookie },
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    await api(
      url,
      'answer.save',
      { profileId: phone.id, exerciseId: FUNNEL, value: newer, revision: 0 },
      { cookie: phone.cookie },
    );

    const merged = await room!.trainer('profile.merge', { keepId: amina.id, mergeId: phone.id });
    expect(merged.body.value).toMatchObject({ profile: { id: amina.id }, answers: 1 });
    const answers = await api(url, 'answer.list', { profileId: amina.id }, { cookie: phone.cookie });
    expect(answers.body.value).toEqual([expect.objectContaining({ exerciseId: FUNNEL, value: newer, revision: 2 })]);
    expect((await room!.trainer('profile.get', { profileId: phone.id })).status).toBe(404);
  });
});
