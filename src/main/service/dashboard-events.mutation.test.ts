import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDashboardRoom } from '../../../tests/support/dashboard-room';
import { METRIC_QUESTION as METRIC, metricValue } from '../../../tests/support/exercises';
import { createClassroomEvents, type ClassroomChange } from './dashboard-events';

const room = useDashboardRoom();
afterEach(() => {
  vi.restoreAllMocks();
});

const metric = metricValue();

describe('the room’s change events', () => {
  it('tells every listener, until it stops listening', () => {
    const events = createClassroomEvents();
    const heard: string[] = [];
    const stopA = events.subscribe((change) => heard.push(`a:${change}`));
    events.subscribe((change) => heard.push(`b:${change}`));
    events.emit('answers');
    stopA();
    events.emit('pace');
    expect(heard).toEqual(['a:answers', 'b:answers', 'b:pace']);
  });

  it('still tells the other listeners when one of them throws, and reports the failure', () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const events = createClassroomEvents();
    const broken = new Error('flux fermé');
    const heard: ClassroomChange[] = [];
    events.subscribe(() => {
      throw broken;
    });
    events.subscribe((change) => heard.push(change));
    expect(() => events.emit('answers')).not.toThrow();
    expect(heard).toEqual(['answers']);
    expect(reported).toHaveBeenCalledWith(broken);
  });
});

describe('what the service tells of its changes', () => {
  it('tells each committed change once, as answers or pace, and nothing for a read', async () => {
    const r = room();
    const amina = await r.join('Amina');
    expect(r.changes).toEqual(['answers']);
    expect((await r.save(amina.id, METRIC, metric)).ok).toBe(true);
    await r.value('dashboard.showNames', { shown: true });
    await r.value('classroom.setLesson', { lessonId: 'programme' });
    await r.value('classroom.advance');
    await r.value('classroom.reveal', { exerciseId: METRIC, revealed: true });
    expect(r.changes).toEqual(['answers', 'answers', 'answers', 'pace', 'pace', 'pace']);

    await r.value('dashboard.get');
    await r.value('classroom.pace');
    await r.value('profile.list');
    await r.value('answer.list', { profileId: amina.id });
    expect(r.changes).toHaveLength(6);
  });

  it('tells a save only once it is committed, and tells nothing of a refused one', async () => {
    const r = room();
    const amina = await r.join('Amina');
    r.changes.length = 0;
    const stale = await r.call('answer.save', { profileId: amina.id, exerciseId: METRIC, value: metric, revision: 3 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(r.changes).toEqual([]);

    const pending = r.save(amina.id, METRIC, metric);
    // The save is still on its way to the disk: nobody has been told yet.
    expect(r.changes).toEqual([]);
    expect((await pending).ok).toBe(true);
    expect(r.changes).toEqual(['answers']);
  });

  it('tells nothing when a lockstep move is refused', async () => {
    const r = room();
    await r.value('session.update', {
      title: 'Journée CM',
      date: '2026-05-02',
      place: 'Rabat',
      trainer: 'F',
      organiser: 'O',
      lessons: ['programme'],
      durationHours: 6,
    });
    await r.value('classroom.advance');
    expect(r.changes).toEqual(['pace', 'pace']);
    expect(await r.call('classroom.advance', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(r.changes).toEqual(['pace', 'pace']);
  });
});
