import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/result';
import { createAlerts, type Alerts } from './alerts';
import { createBackups, type Backups } from './backups';
import { createErasuresRepo, type ErasuresRepo } from './erasures';
import { versionGuard } from './migrate';
import { migrations } from './migrations';
import { closeDatabase, DamagedDatabaseError, openDatabase, peekSchemaVersion, type Db } from './open';
import {
  foreignWalNotice,
  moveAside,
  moveWalAside,
  preOpenProblem,
  recoveredNotice,
  type StartupNotice,
} from './recovery';
import { dataPlace, explain, storageError } from './storage-errors';
import { checkpoint, CHECKPOINT_WAL_BYTES, judgeWal } from './wal-guard';

export const DB_FILE = 'workbook.db';
/** Automatic retries of an unfinished erase, at most this often (each one reads every backup). */
export const ERASURE_RETRY_MS = 60 * 1000;

export interface Workbook {
  db: Db;
  backups: Backups;
  erasures: ErasuresRepo;
  file: string;
  dataDir: string;
  /** Found at start (a damaged file or a foreign journal moved aside). */
  notices: StartupNotice[];
  /** Found while running (a failed backup, an unfinished erase), for the trainer's screen. */
  alerts: Alerts;
  /**
   * Scrubs every pending erasure from the journal and the backups; returns
   * what could not be done (French), and keeps those erasures pending.
   */
  finishErasures(): string[];
  /** After changes: checkpoints a large journal, retries unfinished erasures. Never throws. */
  maintain(): void;
  /** Closes the database even when the last backup or checkpoint fails; returns those problems (French). */
  close(): string[];
}

export interface OpenWorkbookOptions {
  dataDir: string;
  nativeBinding?: string | undefined;
  now?: () => Date;
  /** The journal size that triggers a checkpoint; tests lower it to checkpoint on every save. */
  checkpointWalBytes?: number;
  /** See OpenOptions.busyTimeoutMs. */
  busyTimeoutMs?: number;
}

/**
 * Damage means the bytes are wrong. A file that cannot be read or written
 * (rights, a lock, a full disk) is sound: moving it aside would hide a
 * healthy workbook behind an empty one.
 */
function isDamage(error: unknown): boolean {
  if (error instanceof DamagedDatabaseError) return true;
  // A code that is not text (or none) reads as no SQLite code.
  const code = String((error as { code?: unknown }).code);
  // Stryker disable next-line Regex: SQLite's codes all start with SQLITE_
  return /^SQLITE_(NOTADB|CORRUPT|IOERR_SHORT_READ|CANTOPEN_ISDIR)/.test(code);
}

/**
 * Opens the data folder's workbook. A damaged file is moved aside and a fresh
 * one started, with a French notice saying where the old one went; a foreign
 * journal is moved aside unread; a file from a newer app is refused untouched.
 * A folder that cannot be used (read-only, full, not a folder) is refused
 * with a French message naming it.
 */
export function openWorkbook(options: OpenWorkbookOptions): Workbook {
  try {
    return openOrRecover(options);
  } catch (error) {
    throw storageError(error, dataPlace(options.dataDir)) ?? error;
  }
}

function openOrRecover({
  dataDir,
  nativeBinding,
  now = () => new Date(),
  checkpointWalBytes = CHECKPOINT_WAL_BYTES,
  busyTimeoutMs,
}: OpenWorkbookOptions): Workbook {
  const file = join(dataDir, DB_FILE);
  const backupsDir = join(dataDir, 'backups');
  const notices: StartupNotice[] = [];
  const open = () =>
    openDatabase({
      file,
      nativeBinding,
      busyTimeoutMs,
      beforeMigrate: (db, from) => createBackups({ db, dir: backupsDir, now }).create(`avant-migration-v${from}`),
    });

  mkdirSync(dataDir, { recursive: true });
  // SQLite would quietly open a protected file read-only and fail later, half-way
  // through; the rights of the folder (made just above) and its files say why, before any write.
  for (const path of [dataDir, file, `${file}-wal`, `${file}-shm`])
    if (existsSync(path)) accessSync(path, constants.W_OK);
  const problem = preOpenProblem(file);
  if (problem) notices.push(recoveredNotice(moveAside(file, now()), problem));
  // Before anything is moved: a newer app's files are left exactly as they are.
  versionGuard(peekSchemaVersion(file, nativeBinding), migrations);
  if (judgeWal(file) === 'foreign') notices.push(foreignWalNotice(moveWalAside(file, now())));
  let db: Db;
  try {
    db = open();
  } catch (error) {
    if (error instanceof AppError || !isDamage(error)) throw error;
    notices.push(recoveredNotice(moveAside(file, now()), (error as Error).message));
    db = open();
  }
  const alerts = createAlerts();
  const backups = createBackups({ db, dir: backupsDir, now, alerts });
  const erasures = createErasuresRepo(db);
  let erasureRetryAt = Number.NEGATIVE_INFINITY;

  const finishErasures = (): string[] => {
    const pending = erasures.list();
    if (pending.length === 0) {
      alerts.clear('erasure_pending');
      return [];
    }
    const failed: string[] = [];
    let journalClean = false;
    try {
      // The WAL still holds the pages as they were before the delete.
      journalClean = checkpoint(db);
      if (!journalClean) failed.push('le journal (-wal) du cahier n’a pas pu être vidé (il est en cours de lecture)');
    } catch (error) {
      failed.push(`le journal (-wal) du cahier : ${describe(error, dataDir)}`);
    }
    let finished = 0;
    for (const profileId of pending) {
      const left = backups.scrubProfile(profileId);
      failed.push(...left);
      if (left.length === 0 && journalClean) {
        try {
          erasures.remove(profileId);
          finished += 1;
        } catch (error) {
          failed.push(describe(error, dataDir));
        }
      }
    }
    // The pending row itself named the attendee: fold its zeroed page into the file too.
    if (finished > 0) {
      try {
        checkpoint(db);
      } catch (error) {
        failed.push(`le journal (-wal) du cahier : ${describe(error, dataDir)}`);
      }
    }
    if (failed.length === 0) alerts.clear('erasure_pending');
    else {
      alerts.set({
        code: 'erasure_pending',
        message:
          `L’effacement d’un participant n’est pas terminé : des copies de ses données restent sur le disque (${failed.join(' ; ')}). ` +
          'L’application réessaie à chaque enregistrement et au démarrage ; corrigez la cause (droits, place sur le disque), ou relancez la suppression.',
      });
    }
    return failed;
  };

  const workbook: Workbook = {
    db,
    backups,
    erasures,
    file,
    dataDir,
    notices,
    alerts,
    finishErasures,
    maintain() {
      if (!db.open) return;
      try {
        const wal = statSync(`${file}-wal`, { throwIfNoEntry: false });
        if (wal && wal.size > checkpointWalBytes) {
          checkpoint(db);
          // Cleared by a checkpoint that ran, not by every call: a failed background
          // task (context.ts) sets this alert just before calling maintain().
          alerts.clear('maintenance_failed');
        }
      } catch (error) {
        alerts.set({
          code: 'maintenance_failed',
          message: `Le journal du cahier n’a pas pu être intégré au fichier (les réponses restent enregistrées). ${describe(error, dataDir)}`,
        });
      }
      const time = now().getTime();
      if (time < erasureRetryAt) return;
      erasureRetryAt = time + ERASURE_RETRY_MS;
      try {
        finishErasures();
      } catch (error) {
        alerts.set({
          code: 'erasure_pending',
          message: `L’effacement en attente n’a pas pu être repris. ${describe(error, dataDir)}`,
        });
      }
    },
    close() {
      if (!db.open) return [];
      const problems: string[] = [];
      try {
        backups.createIfChanged('fin-de-session');
      } catch (error) {
        problems.push(`La sauvegarde de fin de session n’a pas pu être faite. ${describe(error, dataDir)}`);
      }
      try {
        closeDatabase(db);
      } catch (error) {
        problems.push(
          `Le journal n’a pas pu être intégré au cahier à la fermeture ; il le sera au prochain démarrage, rien n’est perdu. ${describe(error, dataDir)}`,
        );
      }
      for (const problem of problems) console.error(problem);
      return problems;
    },
  };
  finishErasures();
  return workbook;
}

const describe = (error: unknown, dataDir: string) => explain(error, dataPlace(dataDir));
