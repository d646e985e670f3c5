import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../tests/support/temp-dir';
import { foreignWalNotice, moveAside, moveWalAside, preOpenProblem, recoveredNotice } from './recovery';

const tempDir = useTempDir('cmday-recovery-');
const NOW = new Date('2026-05-02T09:14:05.123Z');

describe('moving damaged files aside', () => {
  it('moves the database and whichever of its -wal and -shm exist, stamped to the millisecond, bytes intact', () => {
    const dir = tempDir();
    const file = join(dir, 'workbook.db');
    writeFileSync(file, 'db bytes');
    writeFileSync(`${file}-wal`, 'wal bytes');
    const moved = moveAside(file, NOW);
    expect(moved).toEqual([`${file}.damaged-20260502T091405123Z`, `${file}.damaged-20260502T091405123Z-wal`]);
    expect(readFileSync(moved[0]!, 'utf8')).toBe('db bytes');
    expect(readFileSync(moved[1]!, 'utf8')).toBe('wal bytes');
    expect(readdirSync(dir).sort()).toEqual([
      'workbook.db.damaged-20260502T091405123Z',
      'workbook.db.damaged-20260502T091405123Z-wal',
    ]);
  });

  it('moves a journal with no database beside it, and nothing when there is nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'workbook.db');
    writeFileSync(`${file}-shm`, 'shm');
    expect(moveAside(file, NOW)).toEqual([`${file}.damaged-20260502T091405123Z-shm`]);
    expect(moveAside(file, NOW)).toEqual([]);
  });

  it('moves a foreign -wal and its -shm aside, never the database', () => {
    const dir = tempDir();
    const file = join(dir, 'workbook.db');
    writeFileSync(file, 'db');
    writeFileSync(`${file}-wal`, 'wal');
    writeFileSync(`${file}-shm`, 'shm');
    expect(moveWalAside(file, NOW)).toEqual([
      `${file}-wal.foreign-20260502T091405123Z`,
      `${file}-shm.foreign-20260502T091405123Z`,
    ]);
    expect(readFileSync(file, 'utf8')).toBe('db');
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(readFileSync(`${file}-wal.foreign-20260502T091405123Z`, 'utf8')).toBe('wal');
    expect(moveWalAside(file, NOW)).toEqual([]);
  });
});

describe('problems seen before SQLite opens anything', () => {
  it('names a journal without its database, and an empty file', () => {
    const dir = tempDir();
    const file = join(dir, 'workbook.db');
    expect(preOpenProblem(file)).toBeNull();
    writeFileSync(`${file}-wal`, 'x');
    expect(preOpenProblem(file)).toBe('journal sans base');
    const other = join(tempDir(), 'workbook.db');
    writeFileSync(`${other}-shm`, 'x');
    expect(preOpenProblem(other)).toBe('journal sans base');
    writeFileSync(other, '');
    expect(preOpenProblem(other)).toBe('fichier vide');
    writeFileSync(other, 'x');
    expect(preOpenProblem(other)).toBeNull();
  });
});

describe('start-up notices', () => {
  it('says where a damaged workbook went, why, and what to do', () => {
    expect(recoveredNotice(['/d/a', '/d/b'], 'fichier vide')).toEqual({
      code: 'db_recovered',
      movedTo: ['/d/a', '/d/b'],
      message:
        'Le fichier du cahier était endommagé (fichier vide). Il a été mis de côté, sans rien effacer : /d/a, /d/b. ' +
        'Un cahier vide a été ouvert ; vous pouvez restaurer une sauvegarde depuis l’écran formateur.',
    });
  });

  it('says a foreign journal was set aside unread', () => {
    const notice = foreignWalNotice(['/d/w', '/d/s']);
    expect(notice.code).toBe('wal_set_aside');
    expect(notice.movedTo).toEqual(['/d/w', '/d/s']);
    expect(notice.message).toMatch(/^Un journal \(-wal\) trouvé à côté du cahier ne lui appartenait pas \(/);
    expect(notice.message).toContain(
      'mis de côté, sans rien effacer : /d/w, /d/s. Le cahier a été ouvert tel qu’il était enregistré.',
    );
  });
});
