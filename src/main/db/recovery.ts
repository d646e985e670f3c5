import { existsSync, renameSync, statSync } from 'node:fs';

export interface StartupNotice {
  code: 'db_recovered';
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
