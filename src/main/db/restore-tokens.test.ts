import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../../tests/support/temp-dir';
import { createAttendeeTokensRepo } from './attendee-tokens';
import { restoreFrom } from './restore';
import { openWorkbook, type Workbook } from './workbook';

const tempDir = useTempDir();
const opened: Workbook[] = [];
afterEach(() => {
  for (const workbook of opened.splice(0)) workbook.close();
});

describe('restoring a backup while the room is open', () => {
  it('keeps every attendee the backup still has signed in, and drops the others’ tokens', () => {
    const workbook = openWorkbook({ dataDir: tempDir() });
    opened.push(workbook);
    const insert = workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)');
    insert.run('p-amina', 'Amina', '2026-05-02T09:00:00.000Z');
    const backup = workbook.backups.create('manuelle');
    insert.run('p-youssef', 'Youssef', '2026-05-02T09:05:00.000Z');
    const tokens = createAttendeeTokensRepo(workbook.db);
    const amina = tokens.issue('p-amina', '2026-05-02T09:10:00.000Z');
    const youssef = tokens.issue('p-youssef', '2026-05-02T09:10:00.000Z');

    expect(restoreFrom(workbook.db, workbook.backups.pathOf(backup.id)!)).toEqual({ profiles: 1, answers: 0 });

    expect(tokens.profileOf(amina)).toBe('p-amina');
    expect(tokens.profileOf(youssef)).toBeUndefined();
    expect(workbook.db.prepare('SELECT count(*) AS n FROM attendee_token').get()).toEqual({ n: 1 });
  });
});
