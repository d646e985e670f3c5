import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../src/main/service/handlers';
import { createDispatch } from '../../src/main/service/dispatch';
import { asTrainer } from '../support/service';

/** A handler failing the way better-sqlite3 and node:fs fail: an Error with a `code`. */
function failingWith(code: string): Handlers {
  const error = Object.assign(new Error(`${code}: low-level English text`), { code });
  return new Proxy({} as Handlers, {
    get: () => () => {
      throw error;
    },
  });
}

const DIR = '/srv/cm-day/données';

describe('a storage failure while saving, through the dispatch every host uses', () => {
  it.each([
    ['SQLITE_FULL', /Le disque est plein.*Libérez de la place/],
    ['ENOSPC', /Le disque est plein/],
    ['SQLITE_READONLY', /lecture seule.*Donnez les droits d’écriture/],
    ['SQLITE_READONLY_DBMOVED', /lecture seule/],
    ['EACCES', /lecture seule/],
    ['EROFS', /lecture seule/],
    ['SQLITE_CANTOPEN', /Impossible d’ouvrir le cahier/],
    ['SQLITE_IOERR_WRITE', /Erreur de lecture ou d’écriture sur le disque/],
    ['SQLITE_IOERR_FSYNC', /Erreur de lecture ou d’écriture/],
    ['SQLITE_BUSY', /utilisé par un autre programme/],
    ['ENOTDIR', /il y a un fichier du même nom/],
  ])('%s is told in French, naming the folder and what to do', async (code, message) => {
    const unexpected: unknown[] = [];
    const dispatch = asTrainer(
      createDispatch(failingWith(code), { dataDir: DIR, onUnexpected: (e) => unexpected.push(e) }),
    );
    const result = await dispatch('session.get', {});
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringMatching(message) },
    });
    if (!result.ok) {
      expect(result.error.message).toContain(DIR);
      expect(result.error.message).not.toMatch(/inattendue|low-level/);
    }
    expect(unexpected).toEqual([]);
  });

  it('still hides a real bug behind the generic message, and reports it', async () => {
    const unexpected: unknown[] = [];
    const dispatch = asTrainer(
      createDispatch(failingWith('SQLITE_ERROR'), {
        dataDir: DIR,
        onUnexpected: (e) => unexpected.push(e),
      }),
    );
    expect(await dispatch('session.get', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(unexpected).toHaveLength(1);
  });
});
