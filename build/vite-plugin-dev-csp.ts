import { randomBytes } from 'node:crypto';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../src/main/security/security-headers';

/**
 * `npm run dev` only (apply: 'serve'). The app's CSP, with one addition: a
 * nonce for the tags vite itself puts in the page — React Refresh's inline
 * preamble (a script) and each stylesheet as a `<style>` (hot reload swaps
 * them) — which `script-src 'self'` and `style-src 'self'` would refuse.
 * Nothing else is relaxed: no 'unsafe-inline', no 'unsafe-eval'; the hot
 * reload socket is same-origin ('self'). A build never carries the nonce.
 */
export function devCspPlugin(nonce = randomBytes(16).toString('base64')): Plugin {
  const csp = CONTENT_SECURITY_POLICY.split('; ')
    // Ignored in a <meta>, where Chromium says so in the console.
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .map((directive) =>
      directive === "script-src 'self'" || directive === "style-src 'self'"
        ? `${directive} 'nonce-${nonce}'`
        : directive,
    )
    .join('; ');
  return {
    name: 'cmday-dev-csp',
    apply: 'serve',
    // Vite adds the nonce to the tags it injects and tells its client with <meta property="csp-nonce">.
    config: () => ({ html: { cspNonce: nonce } }),
    transformIndexHtml: (html) =>
      html.replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/, `$1${csp}$2`),
  };
}
