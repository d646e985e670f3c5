import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbook } from '../../src/main/db';
import { bytesOf, canSwitchUser, NOBODY, openToEveryone, runCli, setImmutable } from '../support/fault-tools';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('cmday-start-');
const immutable: string[] = [];
afterEach(() => {
  for (const file of immutable.splice(0)) setImmutable(file, false);
});

/** A real workbook with one attendee, closed cleanly, in a folder anyone may enter. */
function workbookIn(dir: string): string[] {
  openToEveryone(dir);
  const workbook = openWorkbook({ dataDir: dir });
  workbook.db.prepare("INSERT INTO profile VALUES ('p1', 'Amina', 't')").run();
  workbook.close();
  return readdirSync(dir).map((name) => join(dir, name));
}

describe('starting the web host on a folder it cannot use (node out/main/web.js --data …)', () => {
  it('says in French that the data path is a file, names it, and exits 1', async () => {
    const path = join(tempDir(), 'données');
    writeFileSync(path, 'un fichier, pas un dossier');
    const run = await runCli(['--data', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/il y a un fichier du même nom/);
    expect(run.stderr).toContain(path);
    expect(run.stdout).not.toMatch(/ready at/);
  });

  it('says the folder is read-only (run as nobody on a folder owned by root), and exits 1', async (context) => {
    if (!canSwitchUser()) context.skip('needs root to run the host as nobody');
    const dir = tempDir();
    openToEveryone(dir);
    const run = await runCli(['--data', dir], NOBODY);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /Impossible d’écrire dans le dossier des données .*lecture seule.*Donnez les droits d’écriture/,
    );
    expect(run.stderr).toContain(dir);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves a sound workbook in a read-only folder where it is, untouched, instead of calling it damaged', async (context) => {
    if (!canSwitchUser()) context.skip('needs root to run the host as nobody');
    const dir = tempDir();
    const files = workbookIn(dir);
    const before = bytesOf(...files);
    const run = await runCli(['--data', dir], NOBODY);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/lecture seule/);
    expect(run.stderr).not.toMatch(/endommagé/);
    expect(bytesOf(...files)).toEqual(before);
    expect(readdirSync(dir).filter((name) => /damaged|foreign/.test(name))).toEqual([]);
  });

  it('refuses a workbook file that cannot be written (chattr +i: even root cannot) without moving it aside', async (context) => {
    const dir = tempDir();
    const files = workbookIn(dir);
    const file = join(dir, 'workbook.db');
    const refused = setImmutable(file, true);
    if (refused) context.skip(`chattr +i is not supported here (${refused})`);
    immutable.push(file);
    const before = bytesOf(...files);
    const run = await runCli(['--data', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/lecture seule ou protégés/);
    expect(run.stderr).toContain(dir);
    expect(run.stderr).not.toMatch(/endommagé/);
    expect(bytesOf(...files)).toEqual(before);
    expect(readdirSync(dir).filter((name) => /damaged|foreign/.test(name))).toEqual([]);
  });

  it('says a sub-folder of the data path cannot be created under a file', async () => {
    const base = tempDir();
    mkdirSync(join(base, 'a'));
    writeFileSync(join(base, 'a', 'b'), 'x');
    const run = await runCli(['--data', join(base, 'a', 'b', 'c')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/il y a un fichier du même nom/);
  });
});
