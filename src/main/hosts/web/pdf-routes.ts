import type { FastifyInstance, FastifyReply, onRequestAsyncHookHandler } from 'fastify';
import { AppError, schemas, type ApiError } from '../../../shared/api';
import { pdfJobId } from '../../../shared/api/pdf-schemas';
import { attachment } from './content-disposition';

/** The files the web host offers as downloads (the service makes them; see src/main/service/pdf-service.ts). */
export interface PdfDownloads {
  exportWorkbookPdf(profileId: string): Promise<{ fileName: string; bytes: Uint8Array }>;
  exportGuidePdf(lessonId?: string): Promise<{ fileName: string; bytes: Uint8Array }>;
  jobs: { result(jobId: string): { fileName: string; bytes: Uint8Array } };
}

interface RouteTools {
  refuseCrossSite: onRequestAsyncHookHandler;
  sendError(res: FastifyReply, error: ApiError): FastifyReply;
}

const NOT_AVAILABLE: ApiError = { code: 'unavailable', message: 'L’export PDF n’est pas disponible sur ce poste.' };
const PRINT_FAILED: ApiError = {
  code: 'internal',
  message: 'L’export PDF a échoué : réessayez. Si cela se reproduit, redémarrez l’application.',
};

/** `<id>.pdf` → `<id>`, or undefined for any other name. */
const stem = (file: string, extension: string) =>
  file.endsWith(extension) ? file.slice(0, -extension.length) : undefined;

/**
 * GET downloads, so a plain link saves the file with its name: the
 * attendee's workbook, the trainer's guide, the zip of a finished job. Each
 * refuses requests another site's page could make (Sec-Fetch-Site, Origin)
 * before any printing starts; who may download which (an attendee: their own
 * workbook only) is server.ts's `exportAllowed`, for every /export route.
 */
export function registerPdfRoutes(app: FastifyInstance, pdf: PdfDownloads | undefined, tools: RouteTools): void {
  const { refuseCrossSite, sendError } = tools;
  const send = async (
    res: FastifyReply,
    type: string,
    make: (
      pdf: PdfDownloads,
    ) => Promise<{ fileName: string; bytes: Uint8Array }> | { fileName: string; bytes: Uint8Array },
  ) => {
    if (!pdf) return sendError(res, NOT_AVAILABLE);
    let file: { fileName: string; bytes: Uint8Array };
    try {
      file = await make(pdf);
    } catch (error) {
      if (error instanceof AppError) return sendError(res, { code: error.code, message: error.message });
      console.error(error);
      return sendError(res, PRINT_FAILED);
    }
    return res
      .type(type)
      .header('content-disposition', attachment(file.fileName))
      .header('cache-control', 'no-store')
      .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
  };
  const notFound = (res: FastifyReply, message: string) => sendError(res, { code: 'not_found', message });

  // The guide's fixed names first: they are not attendee ids.
  app.get('/export/guide.pdf', { onRequest: refuseCrossSite }, (_request, res) =>
    send(res, 'application/pdf', (service) => service.exportGuidePdf()),
  );
  app.get<{ Params: { file: string } }>('/export/guide/:file', { onRequest: refuseCrossSite }, (request, res) => {
    const lesson = schemas.lessonId.safeParse(stem(request.params.file, '.pdf'));
    if (!lesson.success) return notFound(res, 'Leçon inconnue.');
    return send(res, 'application/pdf', (service) => service.exportGuidePdf(lesson.data));
  });
  app.get<{ Params: { file: string } }>('/export/zip/:file', { onRequest: refuseCrossSite }, (request, res) => {
    const job = pdfJobId.safeParse(stem(request.params.file, '.zip'));
    if (!job.success) return notFound(res, 'Export introuvable : relancez-le.');
    return send(res, 'application/zip', (service) => service.jobs.result(job.data));
  });
  app.get<{ Params: { file: string } }>('/export/:file', { onRequest: refuseCrossSite }, (request, res) => {
    const id = schemas.profileId.safeParse(stem(request.params.file, '.pdf'));
    if (!id.success) return notFound(res, 'Participant introuvable.');
    return send(res, 'application/pdf', (service) => service.exportWorkbookPdf(id.data));
  });
}
