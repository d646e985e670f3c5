import type { IncomingHttpHeaders } from 'node:http';
import type { ApiError } from '../../../shared/api';

const CROSS_SITE: ApiError = {
  code: 'forbidden',
  message: 'Requête refusée : elle ne vient pas d’une page de l’application.',
};

const NOT_JSON: ApiError = {
  code: 'invalid_json',
  message: 'La requête doit être du JSON (Content-Type: application/json).',
};

/**
 * Refuses what another site's page can make a browser send (a form, an
 * image, a no-cors fetch): Sec-Fetch-Site says so in current browsers, and
 * Origin, when the browser sends it, must be one of the app's own.
 * Programs that send neither (curl, tests, the bench) pass.
 */
export function crossSiteRefusal(headers: IncomingHttpHeaders, ownOrigins: () => readonly string[]): ApiError | null {
  const site = headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return CROSS_SITE;
  const { origin } = headers;
  if (origin !== undefined && !ownOrigins().includes(origin)) return CROSS_SITE;
  return null;
}

/**
 * Every API call carries a JSON body type, even with an empty body: a page
 * of another site cannot send application/json without the browser asking
 * this host first (a CORS preflight, which it refuses).
 */
export function nonJsonRefusal(headers: IncomingHttpHeaders): ApiError | null {
  const type = headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' ? null : NOT_JSON;
}
