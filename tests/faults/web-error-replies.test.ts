import { mkdirSync, writeFileSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebHost } from '../../src/main/hosts/web/server';
import { fakePdfService } from '../support/fake-printer';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security/security-headers';
import { useService } from '../support/service';

const service = useService();
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** English a person could read in a reply: Node's, fastify's or zod's defaults. */
const ENGLISH = /\b(bad request|not found|invalid|too large|exceeded|error|client|expected|received|service)\b/i;

async function listen(exportPdf?: () => Promise<Buffer>): Promise<number> {
  const svc = service();
  const rendererDir = join(svc.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  app = await createWebHost({
    dispatch: svc.call,
    rendererDir,
    pdf: exportPdf ? fakePdfService(svc.workbook, exportPdf) : undefined,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as AddressInfo).port;
}

interface RawReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function parse(raw: string): RawReply[] {
  const replies: RawReply[] = [];
  let rest = raw;
  while (rest.startsWith('HTTP/1.1 ')) {
    const headEnd = rest.indexOf('\r\n\r\n');
    const [statusLine, ...lines] = rest.slice(0, headEnd).split('\r\n');
    const headers = Object.fromEntries(
      lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    const length = Number(headers['content-length'] ?? 0);
    const body = Buffer.from(rest.slice(headEnd + 4))
      .subarray(0, length)
      .toString();
    replies.push({ status: Number(statusLine!.split(' ')[1]), headers, body });
    rest = Buffer.from(rest.slice(headEnd + 4))
      .subarray(length)
      .toString();
  }
  return replies;
}

/** Sends bytes exactly as written (no URL normalisation) and reads every reply until the host closes. */
function rawRequest(port: number, text: string, then?: (write: (more: string) => void) => void): Promise<RawReply[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(text);
      then?.((more) => socket.write(more));
    });
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve(parse(Buffer.from(received, 'latin1').toString())));
  });
}

const get = (path: string, extra = '') =>
  `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}Connection: close\r\n\r\n`;

function expectApiError(reply: RawReply | undefined, status: number, code: string) {
  expect(reply?.status).toBe(status);
  expect(reply!.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(reply!.headers['x-content-type-options']).toBe('nosniff');
  expect(reply!.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(reply!.body) as { ok: boolean; error: { code: string; message: string } };
  expect(body).toEqual({ ok: false, error: { code, message: expect.any(String) } });
  expect(body.error.message).not.toMatch(ENGLISH);
  return body.error.message;
}

describe('web host: every reply, even before routing, is the API’s French error with the security headers', () => {
  it.each([
    ['a lone %', '/%', 400, 'invalid_input', /Adresse mal formée/],
    ['a malformed UTF-8 escape', '/%E0%A4%A', 400, 'invalid_input', /Adresse mal formée/],
    ['a malformed escape in a route parameter', '/export/%E0%A4%A.pdf', 400, 'invalid_input', /Adresse mal formée/],
    ['an unknown address', '/nulle-part', 404, 'not_found', /Adresse inconnue/],
    ['a parameter over the router’s limit', `/export/${'a'.repeat(200)}.pdf`, 404, 'not_found', /Adresse inconnue/],
    ['a file outside the renderer', '/..%2f..%2fetc%2fpasswd', 404, 'not_found', /Adresse inconnue/],
  ])('%s', async (_label, path, status, code, message) => {
    const port = await listen();
    const [reply] = await rawRequest(port, get(path));
    expect(expectApiError(reply, status, code)).toMatch(message);
  });

  it('headers over Node’s limit (431), answered by the host and not by Node', async () => {
    const port = await listen();
    const [reply] = await rawRequest(port, get('/', `Cookie: ${'a'.repeat(20_000)}\r\n`));
    expect(expectApiError(reply, 431, 'payload_too_large')).toMatch(/En-têtes .* trop volumineux/);
  });

  it('a request Node cannot parse at all', async () => {
    const port = await listen();
    const [reply] = await rawRequest(port, 'NIMPORTE QUOI\r\n\r\n');
    expect(expectApiError(reply, 400, 'invalid_input')).toMatch(/mal formée/);
  });

  it('a PDF export whose printer fails: French for the person, Node’s error in the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const port = await listen(async () => {
      throw Object.assign(new Error('EEXIST: file already exists, mkdir /tmp/x'), { code: 'EEXIST' });
    });
    const created = await fetch(`http://127.0.0.1:${port}/api/profile.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"Amina"}',
    });
    const { value } = (await created.json()) as { value: { id: string } };
    const [reply] = await rawRequest(port, get(`/export/${value.id}.pdf`));
    expect(expectApiError(reply, 500, 'internal')).toMatch(/L’export PDF a échoué/);
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ code: 'EEXIST' }));
    log.mockRestore();
  });

  it('static files and the PDF carry the same security headers as the API', async () => {
    const port = await listen(async () => Buffer.from('%PDF-fake'));
    const created = await fetch(`http://127.0.0.1:${port}/api/profile.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"Amina"}',
    });
    const { value } = (await created.json()) as { value: { id: string } };
    const [page] = await rawRequest(port, get('/'));
    const [pdf] = await rawRequest(port, get(`/export/${value.id}.pdf`));
    for (const reply of [page, pdf]) {
      expect(reply?.status).toBe(200);
      expect(reply!.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(reply!.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(reply!.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(pdf!.headers['content-type']).toBe('application/pdf');
  });

  it('a request that arrives while the host is stopping (503)', async () => {
    let finishPrint: () => void = () => undefined;
    const printing = new Promise<void>((resolve) => (finishPrint = resolve));
    let startedPrint: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (startedPrint = resolve));
    const port = await listen(async () => {
      startedPrint();
      await printing;
      return Buffer.from('%PDF-fake');
    });
    const created = await fetch(`http://127.0.0.1:${port}/api/profile.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"Amina"}',
    });
    const { value } = (await created.json()) as { value: { id: string } };
    const keepAlive = `GET /export/${value.id}.pdf HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`;
    // The second request waits on the same connection behind the first, which is still printing.
    const replies = rawRequest(port, keepAlive, (write) => {
      void started.then(() => {
        const closed = app!.close();
        app = undefined;
        write(get('/'));
        setTimeout(finishPrint, 50);
        return closed;
      });
    });
    const [printed, refused] = await replies;
    expect(printed?.status).toBe(200);
    expect(expectApiError(refused, 503, 'unavailable')).toMatch(/L’application s’arrête/);
  });
});
