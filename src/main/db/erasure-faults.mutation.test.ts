import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../../tests/support/temp-dir';
import { blockWalGuard, unblockWalGuard } from '../../../tests/support/fault-tools';
import { openWorkbook, type Workbook } from './workbook';

const tempDir = useTempDir('cmday-erasure-faults-');
const opened: Workbook[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const workbook of opened.splice(0)) workbook.close();
});

/** A workbook where attendee `p1` was deleted and its erasure recorded as pending. */
function withPendingErasure(): Workbook {
  const workbook = openWorkbook({ dataDir: tempDir() });
  opened.push(workbook);
  workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)').run('p1', 'Amina', 't');
  workbook.db.transaction(() => {
    workbook.db.prepare("DELETE FROM profile WHERE id = 'p1'").run();
    workbook.erasures.add('p1', '2026-05-02T08:00:00.000Z');
  })();
  return workbook;
}

describe('finishing an erasure that fails at its last steps', () => {
  it('keeps it pending and says so when its pending mark cannot be removed', () => {
    const workbook = withPendingErasure();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    workbook.db.exec(
      "CREATE TEMP TRIGGER keep_mark BEFORE DELETE ON pending_erasure BEGIN SELECT RAISE(ABORT, 'refusé'); END",
    );
    expect(workbook.finishErasures()).toEqual([
      'Une erreur inattendue est survenue (le détail est dans le journal de l’application).',
    ]);
    expect(workbook.erasures.list()).toEqual(['p1']);
    expect(workbook.alerts.list()).toMatchObject([{ code: 'erasure_pending' }]);
    workbook.db.exec('DROP TRIGGER keep_mark');
    expect(workbook.finishErasures()).toEqual([]);
    expect(workbook.erasures.list()).toEqual([]);
  });

  it('says so when the journal cannot take in the removed mark, the erasure itself being done', () => {
    const workbook = withPendingErasure();
    // Once the backups are scrubbed, the journal's guard cannot be written any more: the last checkpoint fails.
    const scrub = workbook.backups.scrubProfile.bind(workbook.backups);
    vi.spyOn(workbook.backups, 'scrubProfile').mockImplementation((id) => {
      const left = scrub(id);
      blockWalGuard(workbook.file);
      return left;
    });
    const [failure, ...rest] = workbook.finishErasures();
    expect(rest).toEqual([]);
    expect(failure).toMatch(/^le journal \(-wal\) du cahier : À la place du dossier des données \(/);
    expect(workbook.erasures.list()).toEqual([]);
    expect(workbook.alerts.list()).toMatchObject([{ code: 'erasure_pending' }]);
    unblockWalGuard(workbook.file);
  });
});
