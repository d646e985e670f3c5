import { describe, expect, it } from 'vitest';
import { sessionWith as session, useDashboardRoom } from '../../../tests/support/dashboard-room';
import { LESSONS, METRIC_QUESTION as METRIC, metricValue } from '../../../tests/support/exercises';
import type { Dashboard, ExerciseStats, ResultRow } from '../../shared/api/dashboard-schemas';
import { LESSON_IDS, LESSON_MANIFEST } from '../../shared/content/manifest';
import { dayLessons } from './dashboard-view';

const room = useDashboardRoom();

const { mesurer: MESURER, fanajeen: FANAJEEN, programme: PROGRAMME } = LESSONS;
const FUNNEL = 'funnel-fanajeen';
const REFLECTION = 'fanajeen-ou-fuit-l-entonnoir';

const lesson = (id: string) => LESSON_MANIFEST.lessons.find((l) => l.id === id)!;
const metric = (verdict: 'correct' | 'incorrect' | 'mistake') =>
  metricValue([
    {
      typed: '4',
      verdict,
      ...(verdict === 'mistake' ? { mistake: 'wrong-denominator' } : {}),
      at: '2026-05-02T09:00:00.000Z',
    },
  ]);
const stored = (verdict: 'correct' | 'incorrect' | 'mistake') => JSON.stringify(metric(verdict));

const statsOf = (dashboard: Dashboard, exerciseId: string): ExerciseStats =>
  dashboard.exercises.find((e) => e.exerciseId === exerciseId)!;
/** The bars that count someone, as the trainer reads them. */
const metBars = (dashboard: Dashboard, exerciseId: string) =>
  statsOf(dashboard, exerciseId)
    .buckets.filter((b) => b.count > 0)
    .map((b) => `${b.label} ${b.count}`);

describe('the trainer’s dashboard', () => {
  it('numbers attendees by when they joined and shows their names only once the trainer asks', async () => {
    const r = room();
    const amina = await r.join('Amina');
    r.at('2026-05-02T08:05:00.000Z');
    const karim = await r.join('Karim');

    const hidden = await r.value<Dashboard>('dashboard.get');
    expect(hidden.namesShown).toBe(false);
    expect(hidden.attendees.map((a) => [a.number, a.profileId, a.name])).toEqual([
      [1, amina.id, null],
      [2, karim.id, null],
    ]);

    expect(await r.value('dashboard.showNames', { shown: true })).toEqual({ shown: true });
    const shown = await r.value<Dashboard>('dashboard.get');
    expect(shown.namesShown).toBe(true);
    expect(shown.attendees.map((a) => a.name)).toEqual(['Amina', 'Karim']);

    expect(await r.value('dashboard.showNames', { shown: false })).toEqual({ shown: false });
    expect((await r.value<Dashboard>('dashboard.get')).attendees.map((a) => a.name)).toEqual([null, null]);
  });

  it('follows the day’s lessons in the session’s order, every lesson before the session is saved', async () => {
    const r = room();
    const every = await r.value<Dashboard>('dashboard.get');
    expect(every.lessons).toEqual(LESSON_MANIFEST.lessons.map((l) => ({ lessonId: l.id, title: l.title })));
    expect(every.exercises.map((e) => e.exerciseId)).toEqual(
      LESSON_MANIFEST.lessons.flatMap((l) => l.exercises.map((e) => e.id)),
    );

    await r.value('session.update', session([FANAJEEN, PROGRAMME]));
    const day = await r.value<Dashboard>('dashboard.get');
    expect(day.lessons).toEqual([
      { lessonId: FANAJEEN, title: lesson(FANAJEEN).title },
      { lessonId: PROGRAMME, title: lesson(PROGRAMME).title },
    ]);
    expect(day.exercises.map((e) => [e.lessonId, e.exerciseId, e.kind])).toEqual(
      [lesson(FANAJEEN), lesson(PROGRAMME)].flatMap((l) => l.exercises.map((e) => [l.id, e.id, e.kind])),
    );
  });

  it('shows each attendee’s finished exercises per lesson and their latest save', async () => {
    const r = room();
    await r.value('session.update', session([MESURER, FANAJEEN]));
    const amina = await r.join('Amina');
    const karim = await r.join('Karim');
    r.at('2026-05-02T09:00:00.000Z');
    expect((await r.save(amina.id, FUNNEL, { kind: 'funnel', counts: [1000, 50, 10] })).ok).toBe(true);
    r.at('2026-05-02T11:00:00.000Z');
    expect((await r.save(amina.id, REFLECTION, { kind: 'reflection', text: '' })).ok).toBe(true);
    r.at('2026-05-02T10:00:00.000Z');
    expect((await r.save(amina.id, METRIC, metric('incorrect'))).ok).toBe(true);

    const { attendees } = await r.value<Dashboard>('dashboard.get');
    expect(attendees).toEqual([
      {
        number: 1,
        profileId: amina.id,
        name: null,
        lastActivity: '2026-05-02T11:00:00.000Z',
        lessons: [
          { lessonId: MESURER, done: 1, total: lesson(MESURER).exercises.length },
          { lessonId: FANAJEEN, done: 1, total: lesson(FANAJEEN).exercises.length },
        ],
      },
      {
        number: 2,
        profileId: karim.id,
        name: null,
        lastActivity: null,
        lessons: [
          { lessonId: MESURER, done: 0, total: lesson(MESURER).exercises.length },
          { lessonId: FANAJEEN, done: 0, total: lesson(FANAJEEN).exercises.length },
        ],
      },
    ]);
  });

  it('counts each exercise’s answers into its bars, with who has not answered and whether it is revealed', async () => {
    const r = room();
    const amina = await r.join('Amina');
    const karim = await r.join('Karim');
    await r.join('Sara');
    await r.save(amina.id, METRIC, metric('correct'));
    await r.save(karim.id, METRIC, metric('mistake'));
    await r.value('classroom.reveal', { exerciseId: METRIC, revealed: true });

    const dashboard = await r.value<Dashboard>('dashboard.get');
    expect(statsOf(dashboard, METRIC)).toEqual({
      exerciseId: METRIC,
      lessonId: MESURER,
      kind: 'metric-question',
      answered: 2,
      unanswered: 1,
      buckets: [
        { key: 'correct', label: 'Juste', count: 1 },
        { key: 'wrong-denominator', label: 'Mauvais dénominateur', count: 1 },
        { key: 'other', label: 'Autre erreur', count: 0 },
      ],
      revealed: true,
    });
    expect(statsOf(dashboard, FUNNEL)).toMatchObject({ answered: 0, unanswered: 3, revealed: false });
    expect(dashboard.pace).toEqual({ currentLesson: null, openLessons: null, revealed: [METRIC] });
  });

  it('keeps every attendee’s own grade when the room answers the same exercise at the same second', async () => {
    const r = room();
    r.at('2026-05-02T09:30:00.000Z');
    const amina = await r.join('Amina');
    const karim = await r.join('Karim');
    await r.save(amina.id, METRIC, metric('correct'));
    await r.save(karim.id, METRIC, metric('incorrect'));
    expect(metBars(await r.value<Dashboard>('dashboard.get'), METRIC)).toEqual(['Juste 1', 'Autre erreur 1']);
    // Read again from what the last refresh kept: still each one's own.
    expect(metBars(await r.value<Dashboard>('dashboard.get'), METRIC)).toEqual(['Juste 1', 'Autre erreur 1']);

    // A new revision in the same second is graded anew.
    await r.save(karim.id, METRIC, metric('correct'));
    expect(metBars(await r.value<Dashboard>('dashboard.get'), METRIC)).toEqual(['Juste 2']);
  });

  it('re-reads a stored answer only when its revision or its save time has changed', async () => {
    const r = room();
    const amina = await r.join('Amina');
    r.at('2026-05-02T09:00:00.000Z');
    await r.save(amina.id, METRIC, metric('correct'));
    expect(metBars(await r.value<Dashboard>('dashboard.get'), METRIC)).toEqual(['Juste 1']);
    const rewrite = (set: string, ...values: unknown[]) =>
      r.workbook.db.prepare(`UPDATE answer SET ${set} WHERE exercise_id = ?`).run(...values, METRIC);

    // Same revision, same time: what was graded at that revision stands (no re-parse on every refresh).
    rewrite('value = ?', stored('incorrect'));
    expect(metBars(await r.value<Dashboard>('dashboard.get'), METRIC)).toEqual(['Juste 1']);

    // Same revision, another time (the answer was written again elsewhere): graded anew.
    rewrite('updated_at = ?', '2026-05-02T09:45:00.000Z');
    const later = await r.value<Dashboard>('dashboard.get');
    expect(metBars(later, METRIC)).toEqual(['Autre erreur 1']);
    expect(later.attendees[0]!.lastActivity).toBe('2026-05-02T09:45:00.000Z');

    // Another revision, same time: graded anew.
    rewrite('value = ?, revision = 7', stored('mistake'));
    expect(metBars(await r.value<Dashboard>('dashboard.get'), METRIC)).toEqual(['Mauvais dénominateur 1']);
  });

  it('leaves out answers to exercises this version’s lessons no longer have', async () => {
    const r = room();
    const amina = await r.join('Amina');
    r.at('2026-05-02T09:00:00.000Z');
    await r.save(amina.id, METRIC, metric('correct'));
    r.workbook.db
      .prepare('INSERT INTO answer (profile_id, exercise_id, value, revision, updated_at) VALUES (?, ?, ?, 1, ?)')
      .run(amina.id, 'exercice-retire', stored('incorrect'), '2026-05-02T12:00:00.000Z');

    const dashboard = await r.value<Dashboard>('dashboard.get');
    expect(dashboard.attendees[0]!.lastActivity).toBe('2026-05-02T09:00:00.000Z');
    expect(metBars(dashboard, METRIC)).toEqual(['Juste 1']);
    expect(r.unexpected).toEqual([]);
  });

  it('grades the results rows from the same answers as the dashboard', async () => {
    const r = room();
    await r.value('session.update', session([MESURER]));
    const amina = await r.join('Amina');
    r.at('2026-05-02T09:00:00.000Z');
    await r.save(amina.id, METRIC, metric('mistake'));

    const rows = await r.value<ResultRow[]>('results.rows');
    expect(rows).toHaveLength(lesson(MESURER).exercises.length);
    expect(rows.find((row) => row.exerciseId === METRIC)).toMatchObject({
      attendee: 'Amina',
      grade: 'Mauvais dénominateur',
      mistake: 'mauvais dénominateur',
      updatedAt: '2026-05-02T09:00:00.000Z',
    });
  });
});

describe('the lessons of the day', () => {
  it('keeps the session’s order and skips lessons this version no longer has', () => {
    expect(dayLessons(['lecon-retiree', FANAJEEN, PROGRAMME]).map((l) => [l.id, l.exercises.length])).toEqual([
      [FANAJEEN, lesson(FANAJEEN).exercises.length],
      [PROGRAMME, lesson(PROGRAMME).exercises.length],
    ]);
  });

  it('reads a session that lists no lesson as every lesson', () => {
    expect(dayLessons([]).map((l) => l.id)).toEqual(LESSON_IDS);
  });
});
