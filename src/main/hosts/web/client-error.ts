import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ApiError, Result } from '../../../shared/api';
import { SECURITY_HEADERS } from '../../security/security-headers';

/** What Node's HTTP parser reports before any route runs, and what the person is told. */
function describe(code: string | undefined): [number, ApiError] {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return [
      431,
      {
        code: 'payload_too_large',
        message: 'En-têtes de la requête trop volumineux : effacez les cookies de cette adresse, puis réessayez.',
      },
    ];
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return [408, { code: 'unavailable', message: 'La requête a mis trop de temps à arriver : réessayez.' }];
  }
  return [400, { code: 'invalid_input', message: 'Requête HTTP mal formée.' }];
}

/**
 * Answers a request Node could not parse (headers too large, malformed) in the
 * API's own shape and with the security headers, where Node or fastify would
 * write a bare English reply on the socket.
 */
export function replyToClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, apiError] = describe(error.code);
  const body = JSON.stringify({ ok: false, error: apiError } satisfies Result<never>);
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  if (socket.writable) socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head.join('')}\r\n${body}`);
  else socket.destroy();
}
