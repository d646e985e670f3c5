import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../tests/support/temp-dir';
import { FUNNEL } from '../../../../tests/support/exercises';
import { fakePdfService } from '../../../../tests/support/fake-printer';
import { openWorkbook, type Db, type Workbook } from '../../db';
import { createDispatch } from '../../service/dispatch';
import { createHandlers } from '../../service/handlers';
import { maxBodyBytes } from '../../../shared/api';
import { createWebHost } from './server';

const tempDir = useTempDir();
let app: FastifyInstance;
let workbook: Workbook;
let db: Db;
let base: string;
afterEach(async () => {
  await app.close();
  workbook.close();
});

async function start(exportPdf?: (id: string) => Promise<Buffer>) {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  workbook = openWorkbook({ dataDir: dir });
  db = workbook.db;
  app = await createWebHost({
    dispatch: createDispatch(createHandlers({ workbook })),
    rendererDir,
    // The printed profile, read back from the print route `/print/<profileId>/<job>`.
    pdf: exportPdf ? fakePdfService(workbook, ({ route }) => exportPdf(route.split('/')[2]!)) : undefined,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

const post = (method: string, body: string, type = 'application/json') =>
  fetch(`${base}/api/${method}`, { method: 'POST', headers: { 'content-type': type }, body });

/** A save that is valid in every way but its counts. */
const saveCounts = (counts: unknown[]) =>
  post(
    'answer.save',
    JSON.stringify({
      profileId: crypto.randomUUID(),
      exerciseId: FUNNEL,
      value: { kind: 'funnel', counts },
      revision: 0,
    }),
  );

describe('HTTP adapter', () => {
  it('serves the contract over POST /api/<method>', async () => {
    await start();
    const created = await post('profile.create', JSON.stringify({ name: 'Amina' }));
    expect(created.status).toBe(200);
    const body = (await created.json()) as { ok: true; value: { id: string; name: string } };
    expect(body).toMatchObject({ ok: true, value: { name: 'Amina' } });
    const list = await post('profile.list', '{}');
    expect(await list.json()).toMatchObject({ ok: true, value: [{ id: body.value.id }] });
  });

  it.each([
    ['an unknown method', () => post('profile.explode', '{}'), 404, 'unknown_method', /Action inconnue/],
    ['invalid JSON', () => post('profile.create', '{"name":'), 400, 'invalid_json', /JSON valide/],
    ['a body that fails the schema', () => post('profile.create', '{"name":42}'), 400, 'invalid_input', /texte/],
    ['a negative count', () => saveCounts([-1, 1]), 400, 'invalid_input', /négative/],
    ['a non-numeric count', () => saveCounts(['abc', 1]), 400, 'invalid_input', /doit être un nombre/],
    [
      'an unknown profile',
      () => post('answer.list', JSON.stringify({ profileId: crypto.randomUUID() })),
      404,
      'not_found',
      /introuvable/,
    ],
    [
      'a body over 64 KiB',
      () => post('profile.create', JSON.stringify({ name: 'x'.repeat(70 * 1024) })),
      413,
      'payload_too_large',
      /volumineuse/,
    ],
    [
      'a form post (not JSON)',
      () => post('profile.create', 'name=x', 'application/x-www-form-urlencoded'),
      400,
      'invalid_json',
      /JSON/,
    ],
  ])('answers %s with a clear error, writes nothing and keeps serving', async (_label, send, status, code, message) => {
    await start();
    const response = await send();
    expect(response.status).toBe(status);
    const body = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(message);
    expect(db.prepare('SELECT (SELECT count(*) FROM profile) + (SELECT count(*) FROM answer) AS n').get()).toEqual({
      n: 0,
    });
    expect((await post('profile.list', '{}')).status).toBe(200);
  });

  it('lets a workbook file through (up to its own limit) where other methods stop at 64 KiB', async () => {
    await start();
    const megabyte = JSON.stringify({ content: 'x'.repeat(1024 * 1024) });
    const preview = await post('workbook.preview', megabyte);
    expect(preview.status).toBe(400);
    expect(await preview.json()).toMatchObject({
      error: { code: 'invalid_input', message: expect.stringMatching(/JSON/) },
    });
    expect((await post('profile.create', megabyte)).status).toBe(413);
    const huge = await post(
      'workbook.import',
      JSON.stringify({ content: 'x'.repeat(maxBodyBytes('workbook.import')) }),
    );
    expect(huge.status).toBe(413);
  });

  it('answers only to loopback host names when bound to loopback (DNS rebinding)', async () => {
    await start();
    const { request } = await import('node:http');
    const withHost = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const port = new URL(base).port;
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path: '/api/profile.list',
            method: 'POST',
            headers: { host, 'content-type': 'application/json' },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
    expect(await withHost('evil.example:80')).toBe(403);
    expect(await withHost(`127.0.0.1:${new URL(base).port}`)).toBe(200);
    expect(await withHost(`localhost:${new URL(base).port}`)).toBe(200);
  });

  it('sends the renderer with a CSP that forbids eval and inline scripts', async () => {
    await start();
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('exports a PDF for a known profile only', async () => {
    const printed: string[] = [];
    await start(async (id) => {
      printed.push(id);
      return Buffer.from('%PDF-1.7 fake');
    });
    const created = (await (await post('profile.create', '{"name":"A"}')).json()) as { value: { id: string } };
    const pdf = await fetch(`${base}/export/${created.value.id}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).toString()).toBe('%PDF-1.7 fake');
    expect((await fetch(`${base}/export/${crypto.randomUUID()}.pdf`)).status).toBe(404);
    expect((await fetch(`${base}/export/..%2f..%2fetc.pdf`)).status).toBe(404);
    expect(printed).toEqual([created.value.id]);
  });
});
