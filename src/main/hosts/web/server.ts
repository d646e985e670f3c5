import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { MAX_BODY_BYTES, maxBodyBytes, METHODS, schemas, type ApiError, type Result } from '../../../shared/api';
import type { Dispatch } from '../../service/dispatch';
import { SECURITY_HEADERS } from './security-headers';
import { STATUS_BY_CODE } from './status';

export interface WebHostOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  /** Prints a profile's workbook; absent when no printer is configured. */
  exportPdf?: (profileId: string) => Promise<Buffer>;
  /**
   * Host names the Host header may carry; absent means any. A host bound to
   * 127.0.0.1 only answers to loopback names, so a web page that rebinds its
   * own domain to 127.0.0.1 (DNS rebinding) cannot read or write workbooks.
   */
  allowedHostnames?: readonly string[];
}

export const LOOPBACK_HOSTNAMES = ['127.0.0.1', 'localhost', '[::1]'];

function hostnameOf(hostHeader: string | undefined): string {
  try {
    return new URL(`http://${hostHeader ?? ''}`).hostname;
  } catch {
    return '';
  }
}

function sendError(res: FastifyReply, error: ApiError) {
  const body: Result<never> = { ok: false, error };
  return res.status(STATUS_BY_CODE[error.code]).send(body);
}

/** Transport errors (body parsing, size) in the same shape as the API's own. */
function transportError(error: FastifyError): ApiError {
  if (error.statusCode === 413) {
    return { code: 'payload_too_large', message: 'Requête trop volumineuse : envoyez moins de données à la fois.' };
  }
  if (error.statusCode === 415) {
    return { code: 'invalid_json', message: 'La requête doit être du JSON (Content-Type: application/json).' };
  }
  if (error.statusCode === 400 && error.code?.startsWith('FST_ERR_CTP')) {
    return { code: 'invalid_json', message: 'Le corps de la requête n’est pas du JSON valide.' };
  }
  return { code: 'internal', message: 'Une erreur inattendue est survenue ; rien n’a été enregistré. Réessayez.' };
}

export async function createWebHost({
  dispatch,
  rendererDir,
  exportPdf,
  allowedHostnames,
}: WebHostOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: MAX_BODY_BYTES });

  if (allowedHostnames) {
    app.addHook('onRequest', async (request, res) => {
      if (allowedHostnames.includes(hostnameOf(request.headers.host))) return;
      return sendError(res, {
        code: 'forbidden',
        message: 'Adresse refusée : ouvrez l’application par http://127.0.0.1.',
      });
    });
  }

  app.addHook('onSend', async (_request, res) => {
    res.headers(SECURITY_HEADERS);
  });

  app.setErrorHandler((error: FastifyError, _request, res) => {
    const apiError = transportError(error);
    if (apiError.code === 'internal') console.error(error);
    return sendError(res, apiError);
  });

  const serve = async (method: string, input: unknown, res: FastifyReply) => {
    const result = await dispatch(method, input);
    return result.ok ? res.send(result) : sendError(res, result.error);
  };
  // One route per contract method, each with its own body limit (file imports need more).
  for (const method of METHODS) {
    app.post(`/api/${method}`, { bodyLimit: maxBodyBytes(method) }, (request, res) => serve(method, request.body, res));
  }
  app.post<{ Params: { method: string } }>('/api/:method', (request, res) =>
    serve(request.params.method, request.body, res),
  );

  app.get<{ Params: { file: string } }>('/export/:file', async (request, res) => {
    const match = /^(.+)\.pdf$/.exec(request.params.file);
    const id = schemas.profileId.safeParse(match?.[1]);
    if (!id.success) return sendError(res, { code: 'not_found', message: 'Participant introuvable.' });
    const check = await dispatch('answer.list', { profileId: id.data });
    if (!check.ok) return sendError(res, check.error);
    if (!exportPdf) {
      return sendError(res, { code: 'unavailable', message: 'L’export PDF n’est pas disponible sur ce poste.' });
    }
    const pdf = await exportPdf(id.data);
    return res
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="cahier-${id.data}.pdf"`)
      .send(pdf);
  });

  await app.register(fastifyStatic, { root: rendererDir, index: 'index.html', wildcard: false });
  app.setNotFoundHandler((request, res) =>
    sendError(res, { code: 'not_found', message: `Adresse inconnue : ${request.url}` }),
  );
  return app;
}
