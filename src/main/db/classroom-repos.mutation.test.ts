import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../../tests/support/temp-dir';
import {
  createAttendeeTokensRepo,
  createPaceRepo,
  createRoomAnswersRepo,
  hashToken,
  openWorkbook,
  type Workbook,
} from '.';

const tempDir = useTempDir('cmday-classroom-db-');
const opened: Workbook[] = [];
afterEach(() => {
  for (const workbook of opened.splice(0)) workbook.close();
});

/** A workbook with two attendees. */
function workbookOfTwo() {
  const workbook = openWorkbook({ dataDir: tempDir() });
  opened.push(workbook);
  const insert = workbook.db.prepare('INSERT INTO profile VALUES (?, ?, ?)');
  insert.run('amina', 'Amina', '2026-05-02T08:00:00.000Z');
  insert.run('karim', 'Karim', '2026-05-02T08:00:01.000Z');
  return workbook;
}

describe('the room’s pace as stored', () => {
  it('keeps the current lesson, back to « every lesson » (null), and the revealed exercises in the order revealed', () => {
    const workbook = workbookOfTwo();
    const pace = createPaceRepo(workbook.db);
    expect(pace.currentLesson()).toBeNull();
    expect(pace.revealed()).toEqual([]);
    pace.setCurrentLesson('cas-fanajeen', '2026-05-02T09:00:00.000Z');
    expect(pace.currentLesson()).toBe('cas-fanajeen');
    pace.setCurrentLesson('programme', '2026-05-02T09:01:00.000Z');
    expect(pace.currentLesson()).toBe('programme');
    pace.setCurrentLesson(null, '2026-05-02T09:02:00.000Z');
    expect(pace.currentLesson()).toBeNull();

    pace.setRevealed('quiz-b', true, '2026-05-02T09:00:00.000Z');
    pace.setRevealed('quiz-a', true, '2026-05-02T09:05:00.000Z');
    pace.setRevealed('quiz-c', true, '2026-05-02T09:00:00.000Z');
    // Revealed again: it keeps its place.
    pace.setRevealed('quiz-b', true, '2026-05-02T09:10:00.000Z');
    expect(pace.revealed()).toEqual(['quiz-b', 'quiz-c', 'quiz-a']);
    pace.setRevealed('quiz-c', false, '2026-05-02T09:11:00.000Z');
    expect(pace.revealed()).toEqual(['quiz-b', 'quiz-a']);
    // Hiding what is not revealed is nothing.
    pace.setRevealed('quiz-z', false, '2026-05-02T09:12:00.000Z');
    expect(pace.revealed()).toEqual(['quiz-b', 'quiz-a']);
  });
});

describe('every attendee’s answers at once', () => {
  it('lists what identifies each stored version, then reads one value, JSON-parsed, or nothing once gone', () => {
    const workbook = workbookOfTwo();
    const put = workbook.db.prepare('INSERT INTO answer VALUES (?, ?, ?, ?, ?)');
    put.run('amina', 'ex-1', JSON.stringify({ kind: 'reflection', text: 'Oui' }), 3, '2026-05-02T09:00:00.000Z');
    put.run('karim', 'ex-2', JSON.stringify({ kind: 'funnel', counts: [5, 1] }), 1, '2026-05-02T09:01:00.000Z');
    const room = createRoomAnswersRepo(workbook.db);
    const byKey = (a: { profileId: string }, b: { profileId: string }) => a.profileId.localeCompare(b.profileId);
    expect(room.stamps().sort(byKey)).toEqual([
      { profileId: 'amina', exerciseId: 'ex-1', revision: 3, updatedAt: '2026-05-02T09:00:00.000Z' },
      { profileId: 'karim', exerciseId: 'ex-2', revision: 1, updatedAt: '2026-05-02T09:01:00.000Z' },
    ]);
    expect(room.value('amina', 'ex-1')).toEqual({ value: { kind: 'reflection', text: 'Oui' }, revision: 3 });
    expect(room.value('karim', 'ex-2')).toEqual({ value: { kind: 'funnel', counts: [5, 1] }, revision: 1 });
    expect(room.value('amina', 'ex-2')).toBeUndefined();
  });
});

describe('attendee tokens', () => {
  it('open the profile they were issued for, follow a merge, and never open anything when malformed', () => {
    const workbook = workbookOfTwo();
    const tokens = createAttendeeTokensRepo(workbook.db);
    const token = tokens.issue('karim', '2026-05-02T08:00:01.000Z');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokens.profileOf(token)).toBe('karim');
    expect(tokens.profileOf(`${token}x`)).toBeUndefined();
    tokens.moveAll('karim', 'amina');
    expect(tokens.profileOf(token)).toBe('amina');
    // Only the hash is stored; a cookie of another shape is refused before any lookup, even if its hash were there.
    workbook.db
      .prepare('INSERT INTO attendee_token (token_hash, profile_id, created_at) VALUES (?, ?, ?)')
      .run(hashToken('court'), 'amina', '2026-05-02T08:00:02.000Z');
    expect(tokens.profileOf('court')).toBeUndefined();
  });
});
