import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/api/result';
import { backupsPlace, dataPlace, explain, isStorageError, storageError } from './storage-errors';

const place = dataPlace('/home/amina/cahier');
const failure = (code: unknown) => Object.assign(new Error(`failed: ${String(code)}`), { code });

afterEach(() => {
  vi.restoreAllMocks();
});

/** What each kind of failure tells the person to do, and codes of each family (SQLite extended codes included). */
const KINDS: [string, RegExp, string[]][] = [
  [
    'full',
    /^Le disque est plein : impossible d’écrire dans le dossier des données \(\/home\/amina\/cahier\)\. Libérez de la place sur ce disque \(ou lancez l’application avec un autre dossier, --data\), puis réessayez\.$/,
    ['SQLITE_FULL', 'ENOSPC', 'EDQUOT'],
  ],
  [
    'readonly',
    /^Impossible d’écrire dans le dossier des données \(\/home\/amina\/cahier\) : le dossier ou ses fichiers sont en lecture seule ou protégés\. Donnez les droits d’écriture sur ce dossier et ses fichiers \(ou lancez l’application avec un autre dossier, --data\), puis réessayez\.$/,
    ['SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_PERM', 'EACCES', 'EPERM', 'EROFS'],
  ],
  [
    'not a folder',
    /^À la place du dossier des données \(\/home\/amina\/cahier\), il y a un fichier du même nom \(ou sur son chemin\)\. Déplacez ou renommez ce fichier \(ou lancez l’application avec un autre dossier, --data\), puis réessayez\.$/,
    ['ENOTDIR', 'EEXIST', 'EISDIR'],
  ],
  [
    'busy',
    /^Le cahier dans le dossier des données \(\/home\/amina\/cahier\) est utilisé par un autre programme \(une autre fenêtre de l’application \?\)\. Fermez-le, puis réessayez\.$/,
    ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', 'EBUSY'],
  ],
  [
    'cannot open',
    /^Impossible d’ouvrir le cahier dans le dossier des données \(\/home\/amina\/cahier\)\. Vérifiez que le dossier existe, que le disque est branché et que vous y avez accès, puis réessayez\.$/,
    ['SQLITE_CANTOPEN', 'SQLITE_CANTOPEN_FULLPATH', 'ENOENT'],
  ],
  [
    'input/output',
    /^Erreur de lecture ou d’écriture sur le disque du dossier des données \(\/home\/amina\/cahier\)\. Vérifiez que le disque est toujours branché et en bon état, puis réessayez\.$/,
    ['SQLITE_IOERR', 'SQLITE_IOERR_WRITE', 'EIO'],
  ],
];

describe('storage failures, in French', () => {
  it.each(KINDS)('names a %s failure, the folder and what to do', (_kind, message, codes) => {
    for (const code of codes) {
      const error = storageError(failure(code), place);
      expect(error, code).toBeInstanceOf(AppError);
      expect(error!.code).toBe('unavailable');
      expect(error!.message, code).toMatch(message);
      expect(isStorageError(failure(code)), code).toBe(true);
    }
  });

  it('reads a family only from the start of a code: a code that merely contains one is not a storage failure', () => {
    for (const code of [
      'X_SQLITE_FULL',
      'NOT_SQLITE_READONLY',
      'MY_SQLITE_PERM',
      'OLD_SQLITE_BUSY',
      'A_SQLITE_LOCKED',
      'NO_SQLITE_CANTOPEN',
      'Z_SQLITE_IOERR',
    ]) {
      expect(storageError(failure(code), place), code).toBeNull();
      expect(isStorageError(failure(code)), code).toBe(false);
    }
  });

  it('leaves anything else alone: a bug stays a bug', () => {
    for (const error of [
      new TypeError('x is undefined'),
      failure('SQLITE_CONSTRAINT'),
      failure('ETIMEDOUT'),
      failure(42),
      null,
      undefined,
      'ENOSPC',
    ]) {
      expect(storageError(error, place)).toBeNull();
      expect(isStorageError(error)).toBe(false);
    }
  });

  it('passes an AppError through as it is', () => {
    const already = new AppError('db_too_new', 'Mettez l’application à jour.');
    expect(storageError(already, place)).toBe(already);
  });

  it('says « du dossier » and « dans le dossier », and names the folder only when known', () => {
    expect(storageError(failure('EIO'), backupsPlace('/d/backups'))!.message).toMatch(
      /^Erreur de lecture ou d’écriture sur le disque du dossier des sauvegardes \(\/d\/backups\)\./,
    );
    expect(storageError(failure('ENOSPC'), dataPlace())!.message).toMatch(
      /^Le disque est plein : impossible d’écrire dans le dossier des données\. /,
    );
    expect(storageError(failure('EEXIST'), dataPlace())!.message).toMatch(
      /^À la place du dossier des données, il y a un fichier/,
    );
  });

  it('explains a storage failure in its own words, and anything else as unexpected after logging it', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(explain(failure('ENOSPC'), place)).toMatch(/^Le disque est plein/);
    expect(logged).not.toHaveBeenCalled();
    const bug = new TypeError('x is undefined');
    expect(explain(bug, place)).toBe(
      'Une erreur inattendue est survenue (le détail est dans le journal de l’application).',
    );
    expect(logged).toHaveBeenCalledWith(bug);
  });
});
