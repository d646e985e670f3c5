import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../../tests/support/temp-dir';
import { openWorkbook, type Workbook } from './workbook';

// A copy that VACUUM INTO wrote wrong: made to happen here, it cannot be made on a sound disk.
const failNextCheck = vi.hoisted(() => ({ reason: null as string | null }));
vi.mock('./backup-file', async (importOriginal) => {
  const original = await importOriginal<typeof import('./backup-file')>();
  return {
    ...original,
    verifyBackup: (file: string, expected: Parameters<typeof original.verifyBackup>[1]) => {
      if (failNextCheck.reason) {
        const reason = failNextCheck.reason;
        failNextCheck.reason = null;
        throw new Error(reason);
      }
      original.verifyBackup(file, expected);
    },
  };
});

const tempDir = useTempDir('cmday-backups-check-');
const opened: Workbook[] = [];
afterEach(() => {
  for (const workbook of opened.splice(0)) workbook.close();
});

describe('a backup that does not pass its check', () => {
  it('is removed, said in French with the reason, and the next one is taken normally', () => {
    const workbook = openWorkbook({ dataDir: tempDir() });
    opened.push(workbook);
    failNextCheck.reason = 'la copie ne contient pas toutes les lignes';
    expect(() => workbook.backups.create('manuelle')).toThrowError(
      'La sauvegarde n’a pas pu être vérifiée (la copie ne contient pas toutes les lignes) ; elle a été écartée. Réessayez.',
    );
    failNextCheck.reason = 'la copie est vide ou incomplète';
    expect(() => workbook.backups.create('manuelle')).toThrowError(expect.objectContaining({ code: 'unavailable' }));
    expect(readdirSync(workbook.backups.dir)).toEqual([]);
    const made = workbook.backups.create('manuelle');
    expect(readdirSync(workbook.backups.dir)).toEqual([made.id]);
  });
});
