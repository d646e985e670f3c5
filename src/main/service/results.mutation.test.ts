import { describe, expect, it } from 'vitest';
import { FUNNEL, funnelValue } from '../../../tests/support/exercises';
import { useService } from '../../../tests/support/service';
import type { ResultRow } from '../../shared/api/dashboard-schemas';
import { findExercise, LESSON_MANIFEST } from '../../shared/content/manifest';

const start = useService();
const FUNNEL_LESSON = LESSON_MANIFEST.lessons.find((lesson) => lesson.exercises.some((e) => e.id === FUNNEL))!;

describe('the results rows (the CSV)', () => {
  it('gives an empty line to an attendee who answered nothing, a blank value to an unreadable answer, and the summary otherwise', async () => {
    const service = start(() => new Date('2026-05-02T09:00:00.000Z'));
    const id = async (name: string) => (await service.value<{ id: string }>('profile.create', { name })).id;
    const amina = await id('Amina');
    await id('Karim');
    const nadia = await id('Nadia');
    await service.value('answer.save', {
      profileId: nadia,
      exerciseId: FUNNEL,
      value: funnelValue([100, 10]),
      revision: 0,
    });
    // A value of another shape, stored before a change of format: the CSV says « Illisible », never crashes.
    service.workbook.db
      .prepare('INSERT INTO answer VALUES (?, ?, ?, 1, ?)')
      .run(amina, FUNNEL, JSON.stringify({ kind: 'funnel', counts: 'beaucoup' }), '2026-05-02T08:30:00.000Z');

    const rows = await service.value<ResultRow[]>('results.rows', {});
    const funnelRow = (attendee: string) => rows.find((row) => row.attendee === attendee && row.exerciseId === FUNNEL);
    const base = { lesson: FUNNEL_LESSON.title, exerciseId: FUNNEL, kind: expect.any(String) };
    expect(funnelRow('Karim')).toEqual({
      ...base,
      attendee: 'Karim',
      value: '',
      grade: 'Non répondu',
      mistake: '',
      score: null,
      attempts: null,
      updatedAt: null,
    });
    expect(funnelRow('Amina')).toEqual({
      ...base,
      attendee: 'Amina',
      value: '',
      grade: 'Illisible',
      mistake: '',
      score: null,
      attempts: null,
      updatedAt: '2026-05-02T08:30:00.000Z',
    });
    expect(funnelRow('Nadia')).toMatchObject({
      attendee: 'Nadia',
      value: expect.stringMatching(/^100 → 10 \(conversion 10,00/),
      grade: 'Terminé',
      mistake: '',
      score: null,
      updatedAt: '2026-05-02T09:00:00.000Z',
    });
    // Every attendee × every exercise of the day, attendees in the order they joined.
    const exercises = LESSON_MANIFEST.lessons.flatMap((lesson) => lesson.exercises);
    expect(rows).toHaveLength(3 * exercises.length);
    expect(rows.map((row) => row.attendee).filter((name, i, all) => all.indexOf(name) === i)).toEqual([
      'Amina',
      'Karim',
      'Nadia',
    ]);
    expect(rows.every((row) => findExercise(row.exerciseId))).toBe(true);
  });
});
