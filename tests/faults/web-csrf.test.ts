import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebHost } from '../../src/main/hosts/web/server';
import { fakePdfService } from '../support/fake-printer';
import { useService, type TestService } from '../support/service';

const service = useService();
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function host(exportPdf?: () => Promise<Buffer>): Promise<{ app: FastifyInstance; svc: TestService }> {
  const svc = service();
  const rendererDir = join(svc.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  app = await createWebHost({
    dispatch: svc.call,
    rendererDir,
    pdf: exportPdf ? fakePdfService(svc.workbook, exportPdf) : undefined,
  });
  return { app, svc };
}

const backups = async (svc: TestService) => (await svc.value<{ id: string }[]>('backup.list', {})).map((b) => b.id);

const createBackup = (target: FastifyInstance, headers: InjectOptions['headers'], payload?: string) =>
  target.inject({ method: 'POST', url: '/api/backup.create', headers, payload });

function expectRefusal(response: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) {
  expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  return expect(response.json());
}

describe('web host API: requests another site can make a browser send are refused', () => {
  it('refuses an empty POST without a JSON content type (a no-cors fetch), 11 times in a row, and keeps every backup', async () => {
    const { app, svc } = await host();
    const before = await backups(svc);
    for (let i = 0; i < 11; i++) {
      const response = await createBackup(app, {});
      expect(response.statusCode).toBe(400);
      expectRefusal(response).toEqual({
        ok: false,
        error: { code: 'invalid_json', message: expect.stringMatching(/doit être du JSON/) },
      });
    }
    expect(await backups(svc)).toEqual(before);
  });

  it.each([
    ['text/plain with a JSON-looking body', { 'content-type': 'text/plain' }, '{}'],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }, 'a=1'],
    ['a multipart form', { 'content-type': 'multipart/form-data; boundary=x' }, '--x--'],
  ])('refuses %s', async (_label, headers, payload) => {
    const { app, svc } = await host();
    const before = await backups(svc);
    const response = await createBackup(app, headers, payload);
    expect(response.statusCode).toBe(400);
    expectRefusal(response).toMatchObject({ ok: false, error: { code: 'invalid_json' } });
    expect(await backups(svc)).toEqual(before);
  });

  it.each(['cross-site', 'same-site'])('refuses Sec-Fetch-Site: %s, even with a JSON body', async (site) => {
    const { app, svc } = await host();
    const before = await backups(svc);
    const response = await createBackup(app, { 'content-type': 'application/json', 'sec-fetch-site': site }, '{}');
    expect(response.statusCode).toBe(403);
    expectRefusal(response).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/ne vient pas d’une page de l’application/) },
    });
    expect(await backups(svc)).toEqual(before);
  });

  it.each(['same-origin', 'none'])('serves Sec-Fetch-Site: %s', async (site) => {
    const { app, svc } = await host();
    const before = await backups(svc);
    const response = await createBackup(app, { 'content-type': 'application/json', 'sec-fetch-site': site }, '{}');
    expect(response.statusCode).toBe(200);
    expect((await backups(svc)).length).toBe(before.length + 1);
  });

  it('accepts an Origin only when it is one of the host’s own', async () => {
    const { app, svc } = await host();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const withOrigin = (origin: string) =>
      createBackup(app, { 'content-type': 'application/json', origin, host: `127.0.0.1:${port}` }, '{}');
    for (const foreign of [
      `http://127.0.0.1:${port + 1}`,
      'http://evil.example',
      'null',
      `https://127.0.0.1:${port}`,
    ]) {
      const response = await withOrigin(foreign);
      expect(response.statusCode, foreign).toBe(403);
      expectRefusal(response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const before = await backups(svc);
    expect((await withOrigin(`http://127.0.0.1:${port}`)).statusCode).toBe(200);
    expect((await withOrigin(`http://localhost:${port}`)).statusCode).toBe(200);
    expect((await backups(svc)).length).toBe(before.length + 2);
  });

  it('refuses a PDF export asked for by another site, before printing anything', async () => {
    let printed = 0;
    const { app, svc } = await host(async () => {
      printed += 1;
      return Buffer.from('%PDF-fake');
    });
    const { id } = await svc.value<{ id: string }>('profile.create', { name: 'Amina' });
    const url = `/export/${id}.pdf`;
    const refused = await app.inject({ url, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(refused.statusCode).toBe(403);
    expectRefusal(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(printed).toBe(0);
    expect((await app.inject({ url, headers: { 'sec-fetch-site': 'same-origin' } })).statusCode).toBe(200);
    expect(printed).toBe(1);
  });
});
