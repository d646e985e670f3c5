import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockWalGuard, unblockWalGuard } from '../../../tests/support/fault-tools';
import { useTempDir } from '../../../tests/support/temp-dir';
import { writeGuard } from './wal-guard';
import { ERASURE_RETRY_MS, openWorkbook, type Workbook } from './workbook';

const tempDir = useTempDir('cmday-workbook-');
const opened: Workbook[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const workbook of opened.splice(0)) workbook.close();
});

function clock(start = Date.parse('2026-05-02T08:00:00.000Z')) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

/** A reader held on purpose makes a checkpoint wait for it: a short wait keeps these tests fast. */
const BUSY_MS = 50;

function workbookIn(dataDir: string, options: { now?: () => Date; checkpointWalBytes?: number } = {}): Workbook {
  const workbook = openWorkbook({ dataDir, busyTimeoutMs: BUSY_MS, ...options });
  opened.push(workbook);
  return workbook;
}

/** Deletes an attendee and records the erasure as pending, as profile.delete leaves it before scrubbing. */
function recordErasure(workbook: Workbook, id: string): void {
  workbook.db.transaction(() => {
    workbook.db.prepare('DELETE FROM profile WHERE id = ?').run(id);
    workbook.erasures.add(id, '2026-05-02T08:00:00.000Z');
  })();
}

/** An attendee deleted with their erasure recorded as pending. */
function pendingErasure(workbook: Workbook, id = 'p1'): void {
  workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)').run(id, 'Amina', 't');
  recordErasure(workbook, id);
}

/**
 * Amina backed up, then deleted with her erasure pending; that backup cannot be
 * scrubbed (its rollback journal cannot be created). Returns the backup and the undo.
 */
function erasureHeldByBackup(workbook: Workbook): { id: string; unblock: () => void } {
  workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)').run('p1', 'Amina', 't');
  const made = workbook.backups.create('manuelle');
  const journal = `${join(workbook.backups.dir, made.id)}-journal`;
  mkdirSync(join(journal, 'inside'), { recursive: true });
  recordErasure(workbook, 'p1');
  return { id: made.id, unblock: () => rmSync(journal, { recursive: true }) };
}

/** A reader that holds the WAL back: a checkpoint then cannot finish. */
function holdWal(workbook: Workbook): () => void {
  workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)').run(`h${Math.random()}`, 'Hold', 't');
  const reader = new Database(workbook.file, { readonly: true });
  reader.exec('BEGIN');
  reader.prepare('SELECT count(*) FROM profile').get();
  workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)').run(`h${Math.random()}`, 'Hold', 't');
  return () => {
    reader.exec('COMMIT');
    reader.close();
  };
}

describe('finishing erasures', () => {
  it('has nothing to do, and clears an old alert, when nothing is pending', () => {
    const workbook = workbookIn(tempDir());
    workbook.alerts.set({ code: 'erasure_pending', message: 'ancienne' });
    expect(workbook.finishErasures()).toEqual([]);
    expect(workbook.alerts.list()).toEqual([]);
  });

  it('keeps an erasure pending while the journal cannot be emptied, says why, and finishes it once it can', () => {
    const workbook = workbookIn(tempDir());
    pendingErasure(workbook);
    const release = holdWal(workbook);
    expect(workbook.finishErasures()).toEqual([
      'le journal (-wal) du cahier n’a pas pu être vidé (il est en cours de lecture)',
    ]);
    expect(workbook.erasures.list()).toEqual(['p1']);
    const [alert] = workbook.alerts.list();
    expect(alert).toEqual({
      code: 'erasure_pending',
      message:
        'L’effacement d’un participant n’est pas terminé : des copies de ses données restent sur le disque (le journal (-wal) du cahier n’a pas pu être vidé (il est en cours de lecture)). ' +
        'L’application réessaie à chaque enregistrement et au démarrage ; corrigez la cause (droits, place sur le disque), ou relancez la suppression.',
    });
    release();
    expect(workbook.finishErasures()).toEqual([]);
    expect(workbook.erasures.list()).toEqual([]);
    expect(workbook.alerts.list()).toEqual([]);
  });

  it('says so when the journal cannot be checkpointed at all', () => {
    const workbook = workbookIn(tempDir());
    pendingErasure(workbook);
    blockWalGuard(workbook.file);
    const [first, ...rest] = workbook.finishErasures();
    expect(rest).toEqual([]);
    expect(first).toMatch(/^le journal \(-wal\) du cahier : À la place du dossier des données \(/);
    expect(workbook.erasures.list()).toEqual(['p1']);
    unblockWalGuard(workbook.file);
  });

  it('keeps erasures pending while a backup cannot be scrubbed, and names that backup', () => {
    const workbook = workbookIn(tempDir());
    workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)').run('p1', 'Amina', 't');
    const backup = workbook.backups.create('manuelle');
    const path = join(workbook.backups.dir, backup.id);
    rmSync(path);
    mkdirSync(join(path, 'inside'), { recursive: true });
    // A folder with a backup's name is skipped, not scrubbed: the erasure completes.
    workbook.db.transaction(() => {
      workbook.db.prepare("DELETE FROM profile WHERE id = 'p1'").run();
      workbook.erasures.add('p1', 't');
    })();
    expect(workbook.finishErasures()).toEqual([]);
    expect(workbook.erasures.list()).toEqual([]);
  });
});

describe('an erasure a backup still holds', () => {
  it('stays pending and names that backup', () => {
    const workbook = workbookIn(tempDir());
    const made = erasureHeldByBackup(workbook);
    const release = holdWal(workbook);
    const failed = workbook.finishErasures();
    expect(failed).toEqual([
      'le journal (-wal) du cahier n’a pas pu être vidé (il est en cours de lecture)',
      expect.stringMatching(new RegExp(`^${made.id.replace(/\./g, '\\.')} : `)),
    ]);
    expect(workbook.alerts.list()[0]!.message).toContain(`(${failed[0]} ; ${failed[1]})`);
    release();
    expect(workbook.erasures.list()).toEqual(['p1']);
    expect(workbook.alerts.list().map((a) => a.code)).toEqual(['erasure_pending']);
    made.unblock();
    expect(workbook.finishErasures()).toEqual([]);
    expect(workbook.erasures.list()).toEqual([]);
  });
});

describe('an erasure whose backup cannot be scrubbed, the journal being clean', () => {
  it('stays pending', () => {
    const workbook = workbookIn(tempDir());
    const made = erasureHeldByBackup(workbook);
    expect(workbook.finishErasures()).toHaveLength(1);
    expect(workbook.erasures.list()).toEqual(['p1']);
    made.unblock();
  });
});

describe('an erasure left pending at the last close', () => {
  it('is finished when the workbook opens again', () => {
    const dir = tempDir();
    const first = openWorkbook({ dataDir: dir, busyTimeoutMs: BUSY_MS });
    pendingErasure(first);
    const release = holdWal(first);
    expect(first.finishErasures()).not.toEqual([]);
    release();
    first.close();
    const again = workbookIn(dir);
    expect(again.erasures.list()).toEqual([]);
  });
});

describe('the journal threshold', () => {
  it('checkpoints only a journal over it, not one exactly at it', () => {
    // The journal after opening holds one frame: its size is the same for every new workbook.
    const probe = workbookIn(tempDir());
    const atOpen = statSync(`${probe.file}-wal`).size;
    const workbook = workbookIn(tempDir(), { checkpointWalBytes: atOpen });
    expect(statSync(`${workbook.file}-wal`).size).toBe(atOpen);
    blockWalGuard(workbook.file);
    workbook.maintain();
    expect(workbook.alerts.list()).toEqual([]);
    unblockWalGuard(workbook.file);
  });
});

describe('a workbook from a newer app', () => {
  it('is refused before its journal is judged: a -wal it does not recognise stays where it is', () => {
    const dir = tempDir();
    const file = join(dir, 'workbook.db');
    const newer = new Database(file);
    newer.pragma('journal_mode = WAL');
    newer.pragma('wal_autocheckpoint = 0');
    newer.exec('CREATE TABLE future (x INTEGER)');
    newer.pragma('user_version = 99');
    // A crash image: database and -wal as they were, the connection never closed.
    const image = tempDir();
    writeFileSync(join(image, 'workbook.db'), readFileSync(file));
    writeFileSync(join(image, 'workbook.db-wal'), readFileSync(`${file}-wal`));
    newer.close();
    // A guard naming another WAL: this app alone would call the -wal foreign and move it aside.
    writeGuard(join(image, 'workbook.db'), { checkpointing: false, salts: [1, 2], dbSha256: '0'.repeat(64) });
    const wal = readFileSync(join(image, 'workbook.db-wal'));
    expect(() => openWorkbook({ dataDir: image })).toThrowError(/version plus récente/);
    // SQLite's shared-memory index (-shm) may appear from reading; nothing is moved aside.
    expect(
      readdirSync(image)
        .filter((name) => !name.endsWith('-shm'))
        .sort(),
    ).toEqual(['workbook.db', 'workbook.db-wal', 'workbook.db.wal-guard']);
    expect(readFileSync(join(image, 'workbook.db-wal')).equals(wal)).toBe(true);
  });
});

describe('maintenance after changes', () => {
  it('checkpoints a journal over the threshold, and puts a failure on the trainer’s screen until one succeeds', () => {
    const workbook = workbookIn(tempDir(), { checkpointWalBytes: 0 });
    workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)').run('p1', 'Amina', 't');
    blockWalGuard(workbook.file);
    workbook.maintain();
    expect(workbook.alerts.list()).toEqual([
      {
        code: 'maintenance_failed',
        message: expect.stringMatching(
          /^Le journal du cahier n’a pas pu être intégré au fichier \(les réponses restent enregistrées\)\. À la place du dossier des données/,
        ),
      },
    ]);
    unblockWalGuard(workbook.file);
    workbook.maintain();
    expect(workbook.alerts.list()).toEqual([]);
  });

  it('leaves a journal under the threshold alone', () => {
    const workbook = workbookIn(tempDir());
    workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)').run('p1', 'Amina', 't');
    blockWalGuard(workbook.file);
    workbook.maintain();
    expect(workbook.alerts.list()).toEqual([]);
    unblockWalGuard(workbook.file);
  });

  it('has nothing to fold in, and nothing to report, when there is no journal file at all', () => {
    const workbook = workbookIn(tempDir(), { checkpointWalBytes: 0 });
    rmSync(`${workbook.file}-wal`);
    workbook.maintain();
    expect(workbook.alerts.list()).toEqual([]);
  });

  it('retries an unfinished erasure at most once a minute', () => {
    const time = clock();
    const workbook = workbookIn(tempDir(), { now: time.now });
    pendingErasure(workbook);
    const release = holdWal(workbook);
    workbook.maintain();
    expect(workbook.erasures.list()).toEqual(['p1']);
    release();
    time.advance(ERASURE_RETRY_MS - 1);
    workbook.maintain();
    expect(workbook.erasures.list()).toEqual(['p1']);
    time.advance(1);
    workbook.maintain();
    expect(workbook.erasures.list()).toEqual([]);
    expect(workbook.alerts.list()).toEqual([]);
  });

  it('reports an erasure retry that throws', () => {
    const workbook = workbookIn(tempDir());
    vi.spyOn(workbook.erasures, 'list').mockImplementation(() => {
      throw Object.assign(new Error('disk'), { code: 'SQLITE_IOERR_READ' });
    });
    workbook.maintain();
    expect(workbook.alerts.list()).toEqual([
      {
        code: 'erasure_pending',
        message: expect.stringMatching(
          /^L’effacement en attente n’a pas pu être repris\. Erreur de lecture ou d’écriture sur le disque du dossier des données/,
        ),
      },
    ]);
  });

  it('does nothing once the workbook is closed', () => {
    const workbook = workbookIn(tempDir(), { checkpointWalBytes: 0 });
    workbook.close();
    expect(() => workbook.maintain()).not.toThrow();
    expect(workbook.alerts.list()).toEqual([]);
  });
});

describe('closing', () => {
  it('closes once; a second close has nothing to report', () => {
    const workbook = workbookIn(tempDir());
    expect(workbook.close()).toEqual([]);
    expect(workbook.db.open).toBe(false);
    expect(workbook.close()).toEqual([]);
  });

  it('closes even when the end-of-session backup fails, and says so', () => {
    const dir = tempDir();
    const workbook = workbookIn(dir);
    workbook.backups.noteChange();
    workbook.backups.noteChange();
    workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)').run('p1', 'Amina', 't');
    rmSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'backups'), 'not a folder');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const problems = workbook.close();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^La sauvegarde de fin de session n’a pas pu être faite\. À la place du dossier des sauvegardes/,
    );
    expect(logged).toHaveBeenCalledWith(problems[0]);
    expect(workbook.db.open).toBe(false);
    // Closed, it tries nothing more: a second close has nothing to report.
    expect(workbook.close()).toEqual([]);
  });

  it('closes even when the journal cannot be folded in, and says it will be next time', () => {
    const workbook = workbookIn(tempDir());
    blockWalGuard(workbook.file);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const problems = workbook.close();
    expect(problems).toEqual([
      expect.stringMatching(
        /^Le journal n’a pas pu être intégré au cahier à la fermeture ; il le sera au prochain démarrage, rien n’est perdu\. À la place du dossier des données/,
      ),
    ]);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(workbook.db.open).toBe(false);
    unblockWalGuard(workbook.file);
  });
});
