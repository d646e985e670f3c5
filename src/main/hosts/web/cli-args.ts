import { parseArgs } from 'node:util';

export interface ServeArgs {
  port: number;
  host: string;
  data: string | undefined;
}

export class UsageError extends Error {}

/** `--port N --data DIR [--host ADDR]`; port 0 lets the system pick a free one. */
export function parseServeArgs(argv: string[]): ServeArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '5174' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port attend un entier de 0 à 65535 (reçu « ${values.port} »).`);
  }
  return { port, host: values.host, data: values.data };
}
