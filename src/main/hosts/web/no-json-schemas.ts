import type { FastifyServerOptions } from 'fastify';

const refuse = () => {
  throw new Error('The web host takes no JSON schema: inputs are checked against the zod contract (src/shared/api).');
};

/**
 * Fastify's JSON-schema compilers (ajv, fast-json-stringify) stand unused
 * here: every input is checked by the contract's zod schemas and replies are
 * plain JSON. Named here, fastify never loads its own, which takes a good
 * part of the start-up; a route given a schema fails at once, by name.
 */
export const NO_JSON_SCHEMAS: FastifyServerOptions['schemaController'] = {
  compilersFactory: {
    buildValidator: () => refuse,
    buildSerializer: () => refuse,
  },
};
