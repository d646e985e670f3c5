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
import { registerDashboardStream } from '../../classroom/dashboard-stream';
import { registerResultsRoute } from '../../classroom/results-route';
import { TRAINER, type Caller } from '../../service/classroom-caller';
import type { ClassroomEvents } from '../../service/dashboard-events';
import type { Dispatch } from '../../service/dispatch';
import { SECURITY_HEADERS } from '../../security/security-headers';
import { replyToClientError } from './client-error';
import { isLoopbackAddress, ownHostnames, ownOrigins } from './listen-address';
import { registerPdfRoutes, type PdfDownloads } from './pdf-routes';
import { crossSiteRefusal, nonJsonRefusal } from './request-guard';
import { STATUS_BY_CODE } from './status';
import { NO_JSON_SCHEMAS } from './no-json-schemas';
import { staticFiles } from './static-files';

export interface WebHostOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  /** The PDF and zip downloads; absent when no printer is configured. */
  pdf?: PdfDownloads;
  /**
   * Who each request comes from. Left out: the trainer's own listener, on
   * loopback, where every request from this machine is the trainer. The
   * room's listener (src/main/classroom) passes its own: attendees by cookie.
   */
  callers?: ListenerCallers;
  /** The service's changes: with them, GET /dashboard/events streams the trainer's dashboard. */
  events?: ClassroomEvents;
}

/** How a listener that is not the trainer's tells its callers apart (see src/main/classroom/room-listener.ts). */
export interface ListenerCallers {
  /** From the socket and the cookie only; never the trainer. */
  callerOf(request: FastifyRequest, res: FastifyReply): Caller;
  /** The Host names it answers to (DNS rebinding); its pages' origins follow from them. */
  hostnames(): readonly string[];
  /** Routes of its own (the room's event stream). */
  register?(app: FastifyInstance, tools: ListenerTools): void;
}

export interface ListenerTools {
  sendError(res: FastifyReply, error: ApiError): FastifyReply;
  refuseCrossSite: onRequestAsyncHookHandler;
  callerOf(request: FastifyRequest, res: FastifyReply): Caller;
}

/** `::ffff:127.0.0.1` is 127.0.0.1 reached through an IPv6 socket. */
const plainAddress = (address: string | undefined) => (address ?? '').replace(/^::ffff:/, '');

/** The one download route an attendee may use, for their own file only (see pdf-routes.ts). */
const ATTENDEE_EXPORT_ROUTE = '/export/:file';

/**
 * Downloads for anyone but the trainer: their own workbook's PDF and nothing
 * else (guide, zips, other attendees, any download route added later). Read
 * from the route fastify matched, so an escaped path (`/%65xport/…`) is judged the same.
 */
function exportAllowed(caller: Caller, request: FastifyRequest): boolean {
  if (caller.role === 'trainer') return true;
  const { file } = request.params as { file?: unknown };
  return (
    caller.role === 'attendee' &&
    request.routeOptions.url === ATTENDEE_EXPORT_ROUTE &&
    file === `${caller.profileId}.pdf`
  );
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

export async function createWebHost({
  dispatch,
  rendererDir,
  pdf,
  callers,
  events,
}: WebHostOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: MAX_BODY_BYTES,
    frameworkErrors: (error, _request, res) => void sendError(res, routingError(error)),
    clientErrorHandler: replyToClientError,
    // Answered by the hook below, in French and in the API's shape.
    return503OnClosing: false,
    schemaController: NO_JSON_SCHEMAS,
  });
  const bound = () => app.server.address() as AddressInfo | null;
  const origins = () => {
    const address = bound();
    if (!address) return [];
    if (callers) return callers.hostnames().map((hostname) => `http://${hostname}:${address.port}`);
    return ownOrigins(address.address, address.port);
  };
  // Once per request, by the listener's rule: the trainer here, the cookie's attendee on the room's.
  const known = new WeakMap<FastifyRequest, Caller>();
  const callerOf = (request: FastifyRequest, res: FastifyReply): Caller => {
    let caller = known.get(request);
    if (!caller) {
      caller = callers ? callers.callerOf(request, res) : TRAINER;
      known.set(request, caller);
    }
    return caller;
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
    const hostname = hostnameOf(request.headers.host);
    const refusedHost = callers
      ? !callers.hostnames().includes(hostname)
      : address !== undefined && isLoopbackAddress(address) && !ownHostnames(address).includes(hostname);
    if (refusedHost) {
      return sendError(res, {
        code: 'forbidden',
        message: 'Adresse refusée : ouvrez l’application par l’adresse affichée à son démarrage.',
      });
    }
    // The trainer's listener is the trainer's screen: nothing from another machine, whatever it binds to.
    if (!callers && !isLoopbackAddress(plainAddress(request.socket.remoteAddress))) {
      return sendError(res, {
        code: 'forbidden',
        message:
          'Cette adresse est réservée à l’écran du formateur. Les participants rejoignent la salle par l’adresse affichée dans « Ouvrir la salle ».',
      });
    }
    if (request.routeOptions.url?.startsWith('/export') && !exportAllowed(callerOf(request, res), request)) {
      return sendError(res, {
        code: 'forbidden',
        message: 'Accès refusé : depuis la salle, vous ne pouvez télécharger que votre propre cahier.',
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

  const serve = async (method: string, input: unknown, request: FastifyRequest, res: FastifyReply) => {
    const result = await dispatch(method, input, callerOf(request, res));
    return result.ok ? res.send(result) : sendError(res, result.error);
  };
  // One route per contract method, each with its own body limit (file imports need more).
  for (const method of METHODS) {
    app.post(`/api/${method}`, { bodyLimit: maxBodyBytes(method), onRequest: guardApi }, (request, res) =>
      serve(method, request.body, request, res),
    );
  }
  app.post<{ Params: { method: string } }>('/api/:method', { onRequest: guardApi }, (request, res) =>
    serve(request.params.method, request.body, request, res),
  );
  callers?.register?.(app, { sendError, refuseCrossSite, callerOf });
  // The trainer's dashboard stream and results CSV; dispatch refuses anyone else (403).
  if (events) registerDashboardStream(app, { sendError, refuseCrossSite, callerOf }, { dispatch, events });
  registerResultsRoute(app, { sendError, refuseCrossSite, callerOf }, dispatch);

  registerPdfRoutes(app, pdf, { refuseCrossSite, sendError });

  await app.register(fastifyStatic, staticFiles(rendererDir));
  app.setNotFoundHandler((request, res) =>
    sendError(res, { code: 'not_found', message: `Adresse inconnue : ${request.url}` }),
  );
  return app;
}
