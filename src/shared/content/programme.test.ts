import { describe, expect, it } from 'vitest';
import { LESSON_MANIFEST } from './manifest';
import { DAY_MINUTES, programmeMinutes, sessionHoursFor } from './programme';

describe('the day’s programme from the lessons’ durations', () => {
  it('adds up each lesson’s minutes', () => {
    expect(programmeMinutes([])).toBe(0);
    expect(programmeMinutes([{ durationMin: 30 }, { durationMin: 45 }, { durationMin: 60 }])).toBe(135);
  });

  it('knows every lesson’s title and duration from the build’s manifest: 6 h 15 today', () => {
    const first = LESSON_MANIFEST.lessons[0]!;
    expect(first).toMatchObject({ id: 'programme', title: 'Le programme de la journée', durationMin: 30 });
    expect(LESSON_MANIFEST.lessons.map((lesson) => lesson.durationMin)).toEqual([30, 60, 60, 75, 45, 45, 60]);
    expect(DAY_MINUTES).toBe(375);
  });

  it('turns minutes into a session’s hours, within half an hour and 24 hours', () => {
    expect(sessionHoursFor(375)).toBe(6.25);
    expect(sessionHoursFor(90)).toBe(1.5);
    expect(sessionHoursFor(10)).toBe(0.5);
    expect(sessionHoursFor(0)).toBe(0.5);
    expect(sessionHoursFor(30 * 60)).toBe(24);
  });
});
