import { AppError } from '../../shared/api/result';

/** Where the failing files live, as the person knows it: « le dossier des données (/home/…) ». */
export interface StoragePlace {
  label: string;
  dir?: string | undefined;
}

export const dataPlace = (dir?: string): StoragePlace => ({ label: 'le dossier des données', dir });
export const backupsPlace = (dir: string): StoragePlace => ({ label: 'le dossier des sauvegardes', dir });

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  // Stryker disable next-line ConditionalExpression: a code that is not text matches no family (the patterns read it as text, the lists hold strings)
  return typeof code === 'string' ? code : undefined;
};

type Kind = 'full' | 'readonly' | 'not_a_folder' | 'busy' | 'cantopen' | 'io';

/** SQLite extended codes keep their family as prefix (SQLITE_IOERR_WRITE…); Node's are plain errno names. */
function kindOf(code: string): Kind | null {
  if (/^SQLITE_FULL/.test(code) || code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (/^SQLITE_READONLY/.test(code) || /^SQLITE_PERM/.test(code) || ['EACCES', 'EPERM', 'EROFS'].includes(code))
    return 'readonly';
  if (code === 'ENOTDIR' || code === 'EEXIST' || code === 'EISDIR') return 'not_a_folder';
  if (/^SQLITE_(BUSY|LOCKED)/.test(code) || code === 'EBUSY') return 'busy';
  if (/^SQLITE_CANTOPEN/.test(code) || code === 'ENOENT') return 'cantopen';
  if (/^SQLITE_IOERR/.test(code) || code === 'EIO') return 'io';
  return null;
}

function message(kind: Kind, { label, dir }: StoragePlace): string {
  const place = dir ? `${label} (${dir})` : label;
  // Every label starts with « le »: « du dossier… », never « de le dossier… ».
  // Stryker disable next-line Regex: both places the app names (dataPlace, backupsPlace) start with « le », so the anchor changes nothing
  const ofPlace = place.replace(/^le /, 'du ');
  const elsewhere = '(ou lancez l’application avec un autre dossier, --data)';
  switch (kind) {
    case 'full':
      return `Le disque est plein : impossible d’écrire dans ${place}. Libérez de la place sur ce disque ${elsewhere}, puis réessayez.`;
    case 'readonly':
      return `Impossible d’écrire dans ${place} : le dossier ou ses fichiers sont en lecture seule ou protégés. Donnez les droits d’écriture sur ce dossier et ses fichiers ${elsewhere}, puis réessayez.`;
    case 'not_a_folder':
      return `À la place ${ofPlace}, il y a un fichier du même nom (ou sur son chemin). Déplacez ou renommez ce fichier ${elsewhere}, puis réessayez.`;
    case 'busy':
      return `Le cahier dans ${place} est utilisé par un autre programme (une autre fenêtre de l’application ?). Fermez-le, puis réessayez.`;
    case 'cantopen':
      return `Impossible d’ouvrir le cahier dans ${place}. Vérifiez que le dossier existe, que le disque est branché et que vous y avez accès, puis réessayez.`;
    case 'io':
      return `Erreur de lecture ou d’écriture sur le disque ${ofPlace}. Vérifiez que le disque est toujours branché et en bon état, puis réessayez.`;
  }
}

/**
 * An operating-system or SQLite storage failure, as a French AppError naming
 * the folder and what to do; null for anything else (a bug stays a bug).
 */
export function storageError(error: unknown, place: StoragePlace): AppError | null {
  if (error instanceof AppError) return error;
  const code = codeOf(error);
  const kind = code ? kindOf(code) : null;
  return kind ? new AppError('unavailable', message(kind, place)) : null;
}

export function isStorageError(error: unknown): boolean {
  const code = codeOf(error);
  // Stryker disable next-line ConditionalExpression: kindOf(undefined) is null, the same false
  return code !== undefined && kindOf(code) !== null;
}

/**
 * A French sentence for a failure nobody called for (a deferred backup, a
 * close): the storage reason when there is one; anything else is logged for
 * the developer and shown as unexpected.
 */
export function explain(error: unknown, place: StoragePlace): string {
  const known = storageError(error, place);
  if (known) return known.message;
  console.error(error);
  return 'Une erreur inattendue est survenue (le détail est dans le journal de l’application).';
}
