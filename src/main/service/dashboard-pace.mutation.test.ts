import { describe, expect, it } from 'vitest';
import { sessionWith as session, useDashboardRoom, type DashboardRoom } from '../../../tests/support/dashboard-room';
import { LESSONS, METRIC_QUESTION as METRIC, metricValue } from '../../../tests/support/exercises';
import type { Pace } from '../../shared/api/dashboard-schemas';
import { LESSON_IDS } from '../../shared/content/manifest';
import { createSessionsRepo } from '../db/sessions';

const room = useDashboardRoom();

const { programme: PROGRAMME, mesurer: MESURER, fanajeen: FANAJEEN, plan: PLAN } = LESSONS;
const FANAJEEN_FUNNEL = 'funnel-fanajeen';
const PLAN_FUNNEL = 'plan-mon-entonnoir';
const LOCKED =
  'Cette leçon n’est pas encore ouverte : le formateur l’ouvrira quand la salle y arrivera. Votre réponse n’a pas été enregistrée.';

const funnel = { kind: 'funnel', counts: [1000, 50, 10] };
const metric = metricValue();

async function attendeeIn(r: DashboardRoom) {
  const attendee = await r.join('Amina');
  const save = (exerciseId: string, value: unknown) => r.save(attendee.id, exerciseId, value, attendee.caller);
  const saved = async () =>
    (await r.value<{ exerciseId: string }[]>('answer.list', { profileId: attendee.id })).map((a) => a.exerciseId);
  return { ...attendee, save, saved };
}

describe('the lockstep: which lessons attendees may open', () => {
  it('opens every lesson of the day until the trainer sets a current one', async () => {
    const r = room();
    const amina = await attendeeIn(r);
    const open: Pace = { currentLesson: null, openLessons: null, revealed: [] };
    expect(await r.call('classroom.pace', {}, amina.caller)).toEqual({ ok: true, value: open });
    expect((await amina.save(PLAN_FUNNEL, funnel)).ok).toBe(true);
  });

  it('lets attendees save up to the current lesson and refuses further on, in French, saving nothing', async () => {
    const r = room();
    const amina = await attendeeIn(r);
    expect(await r.value('classroom.setLesson', { lessonId: MESURER })).toEqual({
      currentLesson: MESURER,
      openLessons: [PROGRAMME, MESURER],
      revealed: [],
    });
    expect(await amina.save(FANAJEEN_FUNNEL, funnel)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: LOCKED },
    });
    expect(await amina.saved()).toEqual([]);
    expect((await amina.save(METRIC, metric)).ok).toBe(true);
    // The trainer's own screen is never held back.
    expect((await r.save(amina.id, FANAJEEN_FUNNEL, funnel)).ok).toBe(true);
    expect(await amina.saved()).toEqual([FANAJEEN_FUNNEL, METRIC]);

    expect(await r.value('classroom.setLesson', { lessonId: null })).toEqual({
      currentLesson: null,
      openLessons: null,
      revealed: [],
    });
    expect((await amina.save(PLAN_FUNNEL, funnel)).ok).toBe(true);
  });

  it('opens the day’s lessons in the session’s order', async () => {
    const r = room();
    await r.value('session.update', session([PLAN, MESURER, FANAJEEN]));
    const amina = await attendeeIn(r);
    expect(await r.value<Pace>('classroom.setLesson', { lessonId: MESURER })).toMatchObject({
      openLessons: [PLAN, MESURER],
    });
    expect((await amina.save(PLAN_FUNNEL, funnel)).ok).toBe(true);
    expect(await amina.save(FANAJEEN_FUNNEL, funnel)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('opens everything rather than lock the room out when the current lesson left the day', async () => {
    const r = room();
    await r.value('session.update', session([PLAN, MESURER]));
    const amina = await attendeeIn(r);
    expect(await r.value('classroom.setLesson', { lessonId: FANAJEEN })).toEqual({
      currentLesson: FANAJEEN,
      openLessons: null,
      revealed: [],
    });
    expect((await amina.save(FANAJEEN_FUNNEL, funnel)).ok).toBe(true);
    // « Avancer » from there goes back to the day's first lesson.
    expect(await r.value('classroom.advance')).toEqual({ currentLesson: PLAN, openLessons: [PLAN], revealed: [] });
  });

  it('advances one lesson of the day at a time and says so at the last one', async () => {
    const r = room();
    await r.value('session.update', session([PLAN, MESURER, FANAJEEN]));
    expect(await r.value<Pace>('classroom.advance')).toMatchObject({ currentLesson: PLAN, openLessons: [PLAN] });
    expect(await r.value<Pace>('classroom.advance')).toMatchObject({
      currentLesson: MESURER,
      openLessons: [PLAN, MESURER],
    });
    expect(await r.value<Pace>('classroom.advance')).toMatchObject({
      currentLesson: FANAJEEN,
      openLessons: [PLAN, MESURER, FANAJEEN],
    });
    expect(await r.call('classroom.advance', {})).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'La salle est déjà à la dernière leçon de la journée.' },
    });
    expect(await r.value<Pace>('classroom.pace')).toMatchObject({ currentLesson: FANAJEEN });
  });

  it('paces through every lesson when the stored session lists none (saved before lessons were chosen)', async () => {
    const r = room();
    createSessionsRepo(r.workbook.db).put(session([]), '2026-05-01T18:00:00.000Z');
    expect(await r.value<Pace>('classroom.advance')).toMatchObject({ currentLesson: LESSON_IDS[0] });
    expect(await r.value<Pace>('classroom.setLesson', { lessonId: LESSON_IDS[2] })).toMatchObject({
      openLessons: LESSON_IDS.slice(0, 3),
    });
  });
});

describe('the revealed corrections', () => {
  it('lists the revealed exercises in the order they were revealed, and hides one again', async () => {
    const r = room();
    r.at('2026-05-02T10:00:00.000Z');
    expect(await r.value('classroom.reveal', { exerciseId: METRIC, revealed: true })).toEqual({
      currentLesson: null,
      openLessons: null,
      revealed: [METRIC],
    });
    r.at('2026-05-02T11:00:00.000Z');
    expect(await r.value<Pace>('classroom.reveal', { exerciseId: FANAJEEN_FUNNEL, revealed: true })).toMatchObject({
      revealed: [METRIC, FANAJEEN_FUNNEL],
    });
    expect(await r.value<Pace>('classroom.reveal', { exerciseId: METRIC, revealed: false })).toMatchObject({
      revealed: [FANAJEEN_FUNNEL],
    });
    expect(await r.value<Pace>('classroom.pace')).toMatchObject({ revealed: [FANAJEEN_FUNNEL] });
  });
});
