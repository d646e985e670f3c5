import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerPdfRoutes, type PdfDownloads } from '../../src/main/hosts/web/pdf-routes';

const AMINA = '6c8f3da8-9506-4e63-bc36-3a36488a9a92';
const KARIM = '0b9d8b2e-3f0a-4a52-9c43-6f1f2d1c7e10';
const file = (fileName: string) => ({ fileName, bytes: new Uint8Array([37, 80, 68, 70]) });

async function app() {
  const server = Fastify();
  const pdf: PdfDownloads = {
    exportWorkbookPdf: async (id) => file(`cahier-${id}.pdf`),
    exportGuidePdf: async () => file('guide-formateur.pdf'),
    jobs: { result: () => file('cahier-tous.zip') },
  };
  registerPdfRoutes(server, pdf, {
    refuseCrossSite: async () => undefined,
    sendError: (res, error) => res.status(error.code === 'forbidden' ? 403 : 404).send({ ok: false, error }),
  });
  return server;
}

describe('the download routes', () => {
  it('serve the workbook, the guide and the zip under their names, in UTF-8, and nothing else', async () => {
    const routes = await app();
    const reply = await routes.inject(`/export/${KARIM}.pdf`);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('application/pdf');
    expect(reply.headers['content-disposition']).toContain(`filename*=UTF-8''cahier-${KARIM}.pdf`);
    expect((await routes.inject('/export/guide.pdf')).headers['content-disposition']).toContain('guide-formateur.pdf');
    expect((await routes.inject(`/export/zip/${AMINA}.zip`)).headers['content-type']).toBe('application/zip');
    expect((await routes.inject('/export/zip/pas-un-id.zip')).statusCode).toBe(404);
    expect((await routes.inject(`/export/${AMINA}.zip`)).statusCode).toBe(404);
    expect((await routes.inject('/export/guide/lecon-inconnue.pdf')).statusCode).toBe(404);
  });
});
