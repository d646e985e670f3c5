import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setImmutable } from '../../../tests/support/fault-tools';
import { useTempDir } from '../../../tests/support/temp-dir';
import { DB_FILE, openWorkbook } from './workbook';

const tempDir = useTempDir('cmday-workbook-rights-');
const immutable: string[] = [];
afterEach(() => {
  for (const path of immutable.splice(0)) setImmutable(path, false);
});

/** The folder's files and their bytes. */
const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name)).toString('base64')]));

describe('a workbook file that cannot be written', () => {
  // chattr +i: not even root may write it (the tests may run as root, for whom every file is writable).
  it.for([
    ['the journal', '-wal'],
    ['its index', '-shm'],
  ])('is refused in French when %s is protected, before anything in the folder is written', ([, suffix], context) => {
    const dir = tempDir();
    const workbook = openWorkbook({ dataDir: dir });
    workbook.db.prepare("INSERT INTO profile VALUES ('p1', 'Amina', 't')").run();
    // A stopped app leaves both beside the file (here: the files of a workbook still open).
    const files = snapshot(dir);
    const protectedFile = join(dir, `${DB_FILE}${suffix}`);
    const refused = setImmutable(protectedFile, true);
    if (refused) {
      workbook.close();
      context.skip(`chattr +i is not supported here (${refused})`);
    }
    immutable.push(protectedFile);
    expect(() => openWorkbook({ dataDir: dir })).toThrowError(
      expect.objectContaining({
        code: 'unavailable',
        message: expect.stringMatching(/^Impossible d’écrire dans le dossier des données .* lecture seule ou protégés/),
      }),
    );
    expect(snapshot(dir)).toEqual(files);
    setImmutable(protectedFile, false);
    immutable.splice(0);
    workbook.close();
  });
});
