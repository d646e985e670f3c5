import { AppError } from '../../shared/api/result';

export interface ListenTarget {
  host: string;
  port: number;
}

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
};

function listenMessage(code: string, { host, port }: ListenTarget): string | null {
  switch (code) {
    case 'EADDRINUSE':
      return `Le port ${port} est déjà utilisé sur ${host} (l’application est peut-être déjà ouverte). Fermez l’autre programme ou choisissez un autre port (--port).`;
    case 'EADDRNOTAVAIL':
      return `L’adresse ${host} n’appartient pas à ce poste : choisissez-en une autre (--host).`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Adresse inconnue : « ${host} ». Indiquez une adresse IP de ce poste (--host).`;
    case 'EACCES':
    case 'EPERM':
      return `Ce poste refuse d’ouvrir le port ${port} à l’application : choisissez un port au-dessus de 1024 (--port).`;
    default:
      return null;
  }
}

/**
 * The French sentence a person is shown when a host cannot start. Expected
 * failures (a newer workbook, a folder without rights) already come as an
 * AppError with their own message; Node's (English) errors are never shown
 * as they are, only their code, for whoever helps.
 */
export function describeStartupError(error: unknown, listen?: ListenTarget): string {
  if (error instanceof AppError) return error.message;
  const code = codeOf(error);
  const known = code && listen ? listenMessage(code, listen) : null;
  if (known) return known;
  const detail = code ? ` (code ${code})` : '';
  return `L’application n’a pas pu démarrer${detail} : une erreur inattendue est survenue. Relancez-la ; si cela se reproduit, signalez-le avec ce message.`;
}
