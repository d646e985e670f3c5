import { existsSync, renameSync, statSync } from 'node:fs';

export interface StartupNotice {
  code: 'db_recovered' | 'wal_set_aside';
  /** French, shown on the home screen. */
  message: string;
  movedTo: string[];
}

const SIDE_FILES = ['', '-wal', '-shm'];

/**
 * Moves a damaged workbook (and its -wal/-shm) aside as
 * `workbook.db.damaged-<timestamp>`: never overwritten, never deleted.
 */
export function moveAside(file: string, now: Date): string[] {
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const moved: string[] = [];
  for (const suffix of SIDE_FILES) {
    const from = `${file}${suffix}`;
    if (!existsSync(from)) continue;
    const to = `${file}.damaged-${stamp}${suffix}`;
    renameSync(from, to);
    moved.push(to);
  }
  return moved;
}

/**
 * Moves a -wal that does not belong to the database (see wal-guard.ts) and
 * its -shm aside as `workbook.db-wal.foreign-<timestamp>`: never replayed,
 * never deleted.
 */
export function moveWalAside(file: string, now: Date): string[] {
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const moved: string[] = [];
  for (const suffix of ['-wal', '-shm']) {
    const from = `${file}${suffix}`;
    if (!existsSync(from)) continue;
    const to = `${from}.foreign-${stamp}`;
    renameSync(from, to);
    moved.push(to);
  }
  return moved;
}

export function foreignWalNotice(movedTo: string[]): StartupNotice {
  return {
    code: 'wal_set_aside',
    movedTo,
    message:
      `Un journal (-wal) trouvé à côté du cahier ne lui appartenait pas (copié d’un autre poste, ou resté d’avant un remplacement du fichier). ` +
      `Il n’a pas été appliqué et a été mis de côté, sans rien effacer : ${movedTo.join(', ')}. Le cahier a été ouvert tel qu’il était enregistré.`,
  };
}

/** What is wrong with the files before SQLite even opens them, if anything. */
export function preOpenProblem(file: string): string | null {
  const exists = existsSync(file);
  if (!exists && (existsSync(`${file}-wal`) || existsSync(`${file}-shm`))) return 'journal sans base';
  if (exists && statSync(file).size === 0) return 'fichier vide';
  return null;
}

export function recoveredNotice(movedTo: string[], reason: string): StartupNotice {
  return {
    code: 'db_recovered',
    movedTo,
    message:
      `Le fichier du cahier était endommagé (${reason}). Il a été mis de côté, sans rien effacer : ` +
      `${movedTo.join(', ')}. Un cahier vide a été ouvert ; vous pouvez restaurer une sauvegarde depuis l’écran formateur.`,
  };
}
