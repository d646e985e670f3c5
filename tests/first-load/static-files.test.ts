import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDir } from '../../build/vite-plugin-precompress';
import { openWorkbook, type Workbook } from '../../src/main/db';
import { createWebHost } from '../../src/main/hosts/web/server';
import { IMMUTABLE, REVALIDATE } from '../../src/main/hosts/web/static-files';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security/security-headers';
import { createDispatch } from '../../src/main/service/dispatch';
import { createHandlers } from '../../src/main/service/handlers';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('cmday-static-');
let app: FastifyInstance | undefined;
let workbook: Workbook | undefined;
afterEach(async () => {
  await app?.close();
  workbook?.close();
  app = workbook = undefined;
});

// Text that compresses well, over the 1 KiB below which the build keeps no copy.
const CHUNK = `export const lesson = ${JSON.stringify('Le taux d’engagement se calcule sur la portée. '.repeat(200))};\n`;
const INDEX = `<!doctype html><html lang="fr"><head><title>t</title>${'<!-- … -->'.repeat(200)}</head></html>`;

/** A built renderer as the build leaves it: a hashed chunk, index.html, a public file, their compressed copies. */
async function host(): Promise<number> {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX);
  writeFileSync(join(rendererDir, 'assets', 'LessonPage-Bx4f9a1c.js'), CHUNK);
  writeFileSync(join(rendererDir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const copies = await precompressDir(rendererDir);
  expect(copies.filter((copy) => copy.br > 0 && copy.gz > 0).map((copy) => copy.file)).toHaveLength(2);
  workbook = openWorkbook({ dataDir: dir });
  app = await createWebHost({ dispatch: createDispatch(createHandlers({ workbook })), rendererDir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as { port: number }).port;
}

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Over plain HTTP, so that the bytes are the ones sent (fetch would decode them). */
function get(port: number, path: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${port}` };
    if (acceptEncoding !== undefined) headers['accept-encoding'] = acceptEncoding;
    request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the web host serves the built renderer compressed and cached', () => {
  it('sends a hashed chunk brotli-compressed to a browser that accepts it, cached for good', async () => {
    const port = await host();
    const reply = await get(port, '/assets/LessonPage-Bx4f9a1c.js', 'gzip, deflate, br, zstd');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe('br');
    expect(reply.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(reply.headers['cache-control']).toBe(IMMUTABLE);
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(reply.headers.vary)).toMatch(/accept-encoding/i);
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.body.byteLength).toBeLessThan(Buffer.byteLength(CHUNK) / 10);
    expect(brotliDecompressSync(reply.body).toString()).toBe(CHUNK);
  });

  it('sends gzip to a browser without brotli, and the file itself to one that accepts neither', async () => {
    const port = await host();
    const gzipped = await get(port, '/assets/LessonPage-Bx4f9a1c.js', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(CHUNK);
    const plain = await get(port, '/assets/LessonPage-Bx4f9a1c.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(CHUNK);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('makes the browser ask again for index.html and the public files (their names do not change)', async () => {
    const port = await host();
    for (const path of ['/', '/index.html']) {
      const page = await get(port, path, 'br');
      expect(page.status, path).toBe(200);
      expect(page.headers['cache-control'], path).toBe(REVALIDATE);
      expect(page.headers['cache-control'], path).toBe('no-cache');
      expect(page.headers['content-type'], path).toMatch(/^text\/html/);
      expect(page.headers['content-encoding'], path).toBe('br');
      expect(brotliDecompressSync(page.body).toString(), path).toBe(INDEX);
      expect(page.headers['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
    }
    const icon = await get(port, '/icon.svg', 'br');
    expect(icon.headers['cache-control']).toBe(REVALIDATE);
    // Under 1 KiB: no compressed copy, sent as it is.
    expect(icon.headers['content-encoding']).toBeUndefined();
  });

  it('answers a file that is not there in French, as before', async () => {
    const port = await host();
    const reply = await get(port, '/assets/Absent-00000000.js', 'br');
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body.toString())).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('precompressDir', () => {
  it('writes brotli and gzip copies that decode to the file, and none for small files or fonts', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.js'), CHUNK);
    writeFileSync(join(dir, 'small.css'), 'a{}');
    writeFileSync(join(dir, 'font.woff2'), Buffer.alloc(4096, 7));
    await precompressDir(dir);
    expect(brotliDecompressSync(readFileSync(join(dir, 'a.js.br'))).toString()).toBe(CHUNK);
    expect(gunzipSync(readFileSync(join(dir, 'a.js.gz'))).toString()).toBe(CHUNK);
    for (const name of ['small.css.br', 'small.css.gz', 'font.woff2.br', 'font.woff2.gz']) {
      expect(() => readFileSync(join(dir, name)), name).toThrow();
    }
  });
});
