import { parseArgs } from 'node:util';
import { isLoopbackAddress } from './listen-address';

export interface ServeArgs {
  port: number;
  host: string;
  data: string | undefined;
}

export class UsageError extends Error {}

const USAGE = 'Usage : npm run serve -- --port N --data DOSSIER [--host ADRESSE]';

/** node:util's parse errors are English: say the same in French, naming what it quotes. */
function usageErrorFrom(error: unknown): UsageError {
  const code = (error as { code?: unknown } | null)?.code;
  const quoted = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`Option inconnue : « ${quoted} ». ${USAGE}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(`L’option « ${quoted.split(' ')[0]} » attend une valeur. ${USAGE}`);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`Argument inattendu : « ${quoted} ». ${USAGE}`);
    default:
      return new UsageError(`Arguments invalides. ${USAGE}`);
  }
}

/** `--port N --data DIR [--host ADDR]`; port 0 lets the system pick a free one. */
export function parseServeArgs(argv: string[]): ServeArgs {
  let values: { port: string; host: string; data?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '5174' },
        host: { type: 'string', default: '127.0.0.1' },
        data: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw usageErrorFrom(error);
  }
  const port = values.port.trim() === '' ? Number.NaN : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port attend un entier de 0 à 65535 (reçu « ${values.port} »).`);
  }
  // The trainer's screen stays on this machine: attendees come in through the room, which the trainer opens.
  if (!isLoopbackAddress(values.host)) {
    throw new UsageError(
      `--host n’accepte qu’une adresse de ce poste (127.0.0.1, ::1, localhost ; reçu « ${values.host} »). ` +
        'Pour accueillir les participants sur le réseau local, ouvrez la salle depuis l’Espace formateur (« Ouvrir la salle »).',
    );
  }
  return { port, host: values.host, data: values.data };
}
