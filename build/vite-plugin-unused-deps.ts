import type { Plugin } from 'vite';

/**
 * Packages the web host's dependencies require but never call in this app,
 * replaced in the main bundle by a function that says so if it ever is:
 * - fastify's JSON-schema compilers (ajv, fast-json-stringify): the host
 *   validates with zod and names its own compilers (src/main/hosts/web/no-json-schemas.ts);
 * - glob: @fastify/static lists files with it only when `wildcard: false`
 *   (src/main/hosts/web/static-files.ts serves per request);
 * - light-my-request: fastify's `inject()`, for tests, which run the sources.
 * About a third of the bundle the host parses at every start.
 */
const UNUSED: Record<string, string> = {
  '@fastify/ajv-compiler': 'default',
  '@fastify/fast-json-stringify-compiler': 'default',
  glob: 'glob',
  'light-my-request': 'default',
};

const PREFIX = '\0cmday-unused:';

export function unusedDepsPlugin(): Plugin {
  return {
    name: 'cmday-unused-deps',
    enforce: 'pre',
    resolveId: (id) => (id in UNUSED ? PREFIX + id : null),
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      const body = `function unused() { throw new Error(${JSON.stringify(
        `${name} is left out of the main bundle (build/vite-plugin-unused-deps.ts): nothing should call it.`,
      )}); }`;
      return UNUSED[name] === 'default'
        ? `${body}\nmodule.exports = unused;`
        : `${body}\nmodule.exports = { ${UNUSED[name]}: unused };`;
    },
  };
}
