import { afterEach, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/shared/api/dashboard-schemas';
import { useTempDir } from '../support/temp-dir';
import { openStream, type EventStream } from './dashboard-events';
import { api, startRoomHost, type RoomHost } from './room-host';

const tempDir = useTempDir('cmday-dashboard-');
let room: RoomHost | undefined;
const streams: EventStream[] = [];
afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close();
  await room?.stop();
  room = undefined;
});

const METRIC = 'mesurer-engagement-portee';
const QUIZ = 'programme-amateur-ou-pilotage';
const at = '2026-05-02T09:00:00.000Z';
const metricValue = (attempt: Record<string, unknown>) => ({
  kind: 'metric-question',
  metric: 'engagementRateByReach',
  inputs: { engagements: 200, reach: 5000, followers: 10000 },
  attempts: [{ typed: '4', at, ...attempt }],
  tries: 1,
});

async function classroom() {
  room = await startRoomHost(tempDir());
  const { url, code } = await room.open();
  const amina = await room.join(url, 'Amina', code);
  const karim = await room.join(url, 'Karim', code);
  const save = (who: { cookie: string; id: string }, exerciseId: string, value: unknown, revision = 0) =>
    api(url, 'answer.save', { profileId: who.id, exerciseId, value, revision }, { cookie: who.cookie });
  return { room, url, amina, karim, save };
}

const dashboardOf = (event: { data: string }) => JSON.parse(event.data) as Dashboard;

describe('the trainer’s dashboard stream', () => {
  it('pushes progress and the grade distribution as attendees save, names hidden until shown', async () => {
    const { room, amina, karim, save } = await classroom();
    const stream = await openStream(room.trainerUrl, '/dashboard/events');
    streams.push(stream);
    expect(stream.status).toBe(200);
    const first = dashboardOf(await stream.next((e) => e.event === 'dashboard', 0));
    expect(first.attendees.map((a) => [a.number, a.name])).toEqual([
      [1, null],
      [2, null],
    ]);

    expect((await save(amina, METRIC, metricValue({ verdict: 'correct', typed: '4' }))).status).toBe(200);
    expect(
      (await save(karim, METRIC, metricValue({ verdict: 'mistake', mistake: 'wrong-denominator', typed: '2' }))).status,
    ).toBe(200);
    expect(
      (
        await save(karim, QUIZ, {
          kind: 'quiz',
          questions: [
            { chosen: [0], correct: true },
            { chosen: [1], correct: false },
          ],
          score: 1,
        })
      ).status,
    ).toBe(200);

    const graded = dashboardOf(
      await stream.next((e) => {
        const d = dashboardOf(e);
        return (
          d.exercises.some((x) => x.exerciseId === QUIZ && x.answered === 1) &&
          d.exercises.some((x) => x.exerciseId === METRIC && x.answered === 2)
        );
      }),
    );
    const metric = graded.exercises.find((x) => x.exerciseId === METRIC)!;
    expect(metric.buckets.filter((b) => b.count > 0)).toEqual([
      { key: 'correct', label: 'Juste', count: 1 },
      { key: 'wrong-denominator', label: 'Mauvais dénominateur', count: 1 },
    ]);
    expect(metric.buckets.at(-1)).toEqual({ key: 'other', label: 'Autre erreur', count: 0 });
    const quiz = graded.exercises.find((x) => x.exerciseId === QUIZ)!;
    expect(quiz.buckets).toEqual([
      { key: 'score-2', label: '2 / 2', count: 0 },
      { key: 'score-1', label: '1 / 2', count: 1 },
      { key: 'score-0', label: '0 / 2', count: 0 },
    ]);
    expect(quiz.unanswered).toBe(1);
    // Progress per lesson and last activity, attendee by attendee (numbered in the order they joined).
    const karimRow = graded.attendees.find((a) => a.number === 2)!;
    expect(karimRow.lessons.find((l) => l.lessonId === 'programme')?.done).toBe(1);
    expect(karimRow.lessons.find((l) => l.lessonId === 'mesurer-engagement-conversion')?.done).toBe(1);
    expect(karimRow.lastActivity).not.toBeNull();
    expect(graded.attendees.find((a) => a.number === 1)!.lessons.find((l) => l.lessonId === 'programme')?.done).toBe(0);
    expect(stream.body).not.toMatch(/Amina|Karim/);

    expect((await room.trainer('dashboard.showNames', { shown: true })).status).toBe(200);
    const named = dashboardOf(await stream.next((e) => dashboardOf(e).namesShown));
    expect(named.attendees.map((a) => a.name)).toEqual(['Amina', 'Karim']);
  });

  it('is the trainer’s only: an attendee gets 403 in French, on the stream and on the method', async () => {
    const { url, amina } = await classroom();
    const refused = await openStream(url, '/dashboard/events', amina.cookie);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).error.message).toMatch(/réservée au formateur/);
    const method = await api(url, 'dashboard.get', {}, { cookie: amina.cookie });
    expect(method.status).toBe(403);
    const csv = await api(url, 'results.rows', {}, { cookie: amina.cookie });
    expect(csv.status).toBe(403);
  });
});

describe('the lockstep, enforced by the host', () => {
  it('refuses an attendee’s save into a lesson the room has not reached, in French, until « Avancer »', async () => {
    const { room, amina, save } = await classroom();
    const roomUrl = ((await room.trainer('classroom.state')).body.value as { url: string }).url;
    const line = await openStream(roomUrl, '/room/events', amina.cookie);
    streams.push(line);
    expect((await room.trainer('classroom.setLesson', { lessonId: 'programme' })).body.value).toMatchObject({
      currentLesson: 'programme',
      openLessons: ['programme'],
    });
    // Every attendee page is told, on its own event stream.
    await line.next((e) => e.event === 'pace', 0);

    const locked = await save(amina, METRIC, metricValue({ verdict: 'correct' }));
    expect(locked.status).toBe(403);
    expect(locked.body.error?.message).toMatch(/Cette leçon n’est pas encore ouverte/);
    expect(
      (await save(amina, QUIZ, { kind: 'quiz', questions: [{ chosen: [0], correct: true }], score: 1 })).status,
    ).toBe(200);
    // The trainer's own screen is never held back.
    expect(
      (
        await room.trainer('answer.save', {
          profileId: amina.id,
          exerciseId: METRIC,
          value: metricValue({ verdict: 'correct' }),
          revision: 0,
        })
      ).status,
    ).toBe(200);

    const from = line.events.length;
    const advanced = await room.trainer('classroom.advance');
    expect(advanced.body.value).toMatchObject({ currentLesson: 'mesurer-engagement-conversion' });
    await line.next((e) => e.event === 'pace', from);
    expect((await save(amina, METRIC, metricValue({ verdict: 'incorrect' }), 1)).status).toBe(200);
  });

  it('reveals a correction to attendees (classroom.pace) and says so on the dashboard', async () => {
    const { room, url, amina } = await classroom();
    expect((await api(url, 'classroom.pace', {}, { cookie: amina.cookie })).body.value).toEqual({
      currentLesson: null,
      openLessons: null,
      revealed: [],
    });
    await room.trainer('classroom.reveal', { exerciseId: METRIC, revealed: true });
    expect((await api(url, 'classroom.pace', {}, { cookie: amina.cookie })).body.value).toMatchObject({
      revealed: [METRIC],
    });
    const dashboard = (await room.trainer('dashboard.get')).body.value as Dashboard;
    expect(dashboard.exercises.find((x) => x.exerciseId === METRIC)?.revealed).toBe(true);
    // An attendee cannot reveal anything.
    expect(
      (await api(url, 'classroom.reveal', { exerciseId: QUIZ, revealed: true }, { cookie: amina.cookie })).status,
    ).toBe(403);
  });
});
