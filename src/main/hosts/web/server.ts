import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type onRequestAsyncHookHandler,
} from 'fastify';
import fastifyStatic from '@fastify/static';
import type { AddressInfo } from 'node:net';
import { MAX_BODY_BYTES, maxBodyBytes, METHODS, type ApiError, type Result } from '../../../shared/api';
import type { Dispatch } from '../../service/dispatch';
import { SECURITY_HEADERS } from '../../security/security-headers';
import { replyToClientError } from './client-error';
import { isLoopbackAddress, ownHostnames, ownOrigins } from './listen-address';
import { registerPdfRoutes, type PdfDownloads } from './pdf-routes';
import { crossSiteRefusal, nonJsonRefusal } from './request-guard';
import { STATUS_BY_CODE } from './status';

export interface WebHostOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  /** The PDF and zip downloads; absent when no printer is configured. */
  pdf?: PdfDownloads;
}

function hostnameOf(hostHeader: string | undefined): string {
  try {
    return new URL(`http://${hostHeader ?? ''}`).hostname;
  } catch {
    return '';
  }
}

function sendError(res: FastifyReply, error: ApiError) {
  const body: Result<never> = { ok: false, error };
  // Set here too: fastify's own early replies (bad URL) skip the onSend hook.
  return res.status(STATUS_BY_CODE[error.code]).headers(SECURITY_HEADERS).send(body);
}

const INTERNAL: ApiError = {
  code: 'internal',
  message: 'Une erreur inattendue est survenue ; rien n’a été enregistré. Réessayez.',
};

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
  return INTERNAL;
}

/** Errors fastify meets before routing: a URL it cannot decode, a parameter too long. */
function routingError(error: FastifyError): ApiError {
  if (error.code === 'FST_ERR_BAD_URL') {
    return { code: 'invalid_input', message: 'Adresse mal formée : vérifiez le lien et réessayez.' };
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return { code: 'not_found', message: 'Adresse inconnue.' };
  return INTERNAL;
}

export async function createWebHost({ dispatch, rendererDir, pdf }: WebHostOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: MAX_BODY_BYTES,
    frameworkErrors: (error, _request, res) => void sendError(res, routingError(error)),
    clientErrorHandler: replyToClientError,
    // Answered by the hook below, in French and in the API's shape.
    return503OnClosing: false,
  });
  const bound = () => app.server.address() as AddressInfo | null;
  const origins = () => {
    const address = bound();
    return address ? ownOrigins(address.address, address.port) : [];
  };

  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });

  app.addHook('onRequest', async (request, res) => {
    if (closing) {
      return sendError(res, { code: 'unavailable', message: 'L’application s’arrête : rouvrez-la, puis réessayez.' });
    }
    // Bound to loopback, the host answers only to loopback names, so a web page
    // that rebinds its own domain to 127.0.0.1 (DNS rebinding) reaches nothing.
    const address = bound()?.address;
    if (address && isLoopbackAddress(address) && !ownHostnames(address).includes(hostnameOf(request.headers.host))) {
      return sendError(res, {
        code: 'forbidden',
        message: 'Adresse refusée : ouvrez l’application par l’adresse affichée à son démarrage.',
      });
    }
  });

  app.addHook('onSend', async (_request, res) => {
    res.headers(SECURITY_HEADERS);
  });

  app.setErrorHandler((error: FastifyError, _request, res) => {
    const apiError = transportError(error);
    if (apiError.code === 'internal') console.error(error);
    return sendError(res, apiError);
  });

  // Before the body is read: a refused call costs nothing and writes nothing.
  const refuseCrossSite: onRequestAsyncHookHandler = async (request: FastifyRequest, res: FastifyReply) => {
    const refusal = crossSiteRefusal(request.headers, origins);
    if (refusal) return sendError(res, refusal);
  };
  const guardApi: onRequestAsyncHookHandler = async (request: FastifyRequest, res: FastifyReply) => {
    const refusal = crossSiteRefusal(request.headers, origins) ?? nonJsonRefusal(request.headers);
    if (refusal) return sendError(res, refusal);
  };

  const serve = async (method: string, input: unknown, res: FastifyReply) => {
    const result = await dispatch(method, input);
    return result.ok ? res.send(result) : sendError(res, result.error);
  };
  // One route per contract method, each with its own body limit (file imports need more).
  for (const method of METHODS) {
    app.post(`/api/${method}`, { bodyLimit: maxBodyBytes(method), onRequest: guardApi }, (request, res) =>
      serve(method, request.body, res),
    );
  }
  app.post<{ Params: { method: string } }>('/api/:method', { onRequest: guardApi }, (request, res) =>
    serve(request.params.method, request.body, res),
  );

  registerPdfRoutes(app, pdf, { refuseCrossSite, sendError });

  await app.register(fastifyStatic, { root: rendererDir, index: 'index.html', wildcard: false });
  app.setNotFoundHandler((request, res) =>
    sendError(res, { code: 'not_found', message: `Adresse inconnue : ${request.url}` }),
  );
  return app;
}
