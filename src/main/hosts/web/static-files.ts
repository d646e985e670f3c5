import type { FastifyStaticOptions } from '@fastify/static';
import { sep } from 'node:path';

/** Hashed by the build: a new version has new names, so a copy never goes stale. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and the public files keep their names: the browser asks again (a 304 when unchanged). */
export const REVALIDATE = 'no-cache';

/**
 * How the web host serves the built renderer. The build writes a brotli and a
 * gzip copy beside each text file (build/vite-plugin-precompress.ts): sent as
 * they are to a browser that accepts them (phones on the room's Wi-Fi get a
 * quarter of the bytes), with no compression work per request. Everything
 * under assets/ carries its content hash in its name and is cached for good.
 * Files are looked up per request (fastify-static's wildcard route), not
 * listed at start: three copies of each would cost the start-up a route each.
 */
export function staticFiles(rendererDir: string): FastifyStaticOptions {
  const assets = `${rendererDir.replace(/[/\\]$/, '')}${sep}assets${sep}`;
  return {
    root: rendererDir,
    // A list: with preCompressed, fastify-static finds the index only in a list.
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res, path) => {
      res.header('cache-control', path.startsWith(assets) ? IMMUTABLE : REVALIDATE);
    },
  };
}
