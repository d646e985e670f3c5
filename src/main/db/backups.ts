import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/api';
import type { Db } from './open';

export type { BackupInfo };

export const BACKUP_KEEP = 10;
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;
const NAME = /^workbook-(\d{8}T\d{6}\d{3}Z)-([a-z0-9-]{1,40})\.db$/;

const stamp = (date: Date) => date.toISOString().replace(/[-:.]/g, '');
const fromStamp = (s: string) =>
  `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;

export interface BackupsOptions {
  db: Db;
  dir: string;
  now?: () => Date;
  keep?: number;
  intervalMs?: number;
}

/**
 * Online backups with VACUUM INTO: a consistent, compact copy taken while the
 * app runs. The newest `keep` are kept; older ones are pruned.
 */
export function createBackups({
  db,
  dir,
  now = () => new Date(),
  keep = BACKUP_KEEP,
  intervalMs = BACKUP_INTERVAL_MS,
}: BackupsOptions) {
  let changedSinceBackup = false;
  // Known in memory so an autosave does not list the folder: read once, then kept.
  let lastBackupAt: number | undefined;

  const list = (): BackupInfo[] => {
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .map((id) => ({ id, match: NAME.exec(id) }))
      .filter((entry): entry is { id: string; match: RegExpExecArray } => entry.match !== null)
      .map(({ id, match }) => ({
        id,
        createdAt: fromStamp(match[1]!),
        reason: match[2]!,
        sizeBytes: statSync(join(dir, id)).size,
      }))
      .sort((a, b) => b.id.localeCompare(a.id));
  };

  const create = (reason: string): BackupInfo => {
    mkdirSync(dir, { recursive: true });
    let at = now();
    let id = `workbook-${stamp(at)}-${reason}.db`;
    while (existsSync(join(dir, id))) {
      at = new Date(at.getTime() + 1);
      id = `workbook-${stamp(at)}-${reason}.db`;
    }
    const file = join(dir, id);
    db.prepare('VACUUM INTO ?').run(file);
    changedSinceBackup = false;
    lastBackupAt = at.getTime();
    for (const old of list().slice(keep)) unlinkSync(join(dir, old.id));
    return { id, createdAt: at.toISOString(), reason, sizeBytes: statSync(file).size };
  };

  return {
    dir,
    list,
    create,
    /** The path of a listed backup, or null for any other name (no path tricks). */
    pathOf(id: string): string | null {
      return NAME.test(id) && list().some((b) => b.id === id) ? join(dir, id) : null;
    },
    /** Called after answers change: a backup at most every `intervalMs`. */
    noteChange(): BackupInfo | null {
      changedSinceBackup = true;
      if (lastBackupAt === undefined) {
        const newest = list()[0];
        lastBackupAt = newest ? Date.parse(newest.createdAt) : Number.NEGATIVE_INFINITY;
      }
      if (now().getTime() - lastBackupAt < intervalMs) return null;
      return create('automatique');
    },
    /** At the end of the session, if anything changed since the last backup. */
    createIfChanged(reason: string): BackupInfo | null {
      return changedSinceBackup ? create(reason) : null;
    },
    /** Removes an erased attendee from every backup too (law 09-08: nothing stays on disk). */
    scrubProfile(profileId: string): void {
      for (const backup of list()) {
        const copy = new Database(join(dir, backup.id));
        try {
          copy.pragma('journal_mode = DELETE');
          copy.pragma('foreign_keys = ON');
          copy.prepare('DELETE FROM profile WHERE id = ?').run(profileId);
          copy.exec('VACUUM');
        } finally {
          copy.close();
        }
      }
    },
  };
}

export type Backups = ReturnType<typeof createBackups>;
