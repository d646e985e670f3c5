import { describe, expect, it } from 'vitest';
import { lessonProgress, nextUnfinished } from './progress';

const lessons = [
  {
    id: 'mesurer',
    exercises: [
      { id: 'funnel-a', component: 'FunnelExercise' as const },
      { id: 'quiz-a', component: 'Quiz' as const },
    ],
  },
  { id: 'agir', exercises: [{ id: 'reflection-a', component: 'Reflection' as const }] },
];

const saved = (entries: Record<string, unknown>) =>
  new Map(Object.entries(entries).map(([id, value]) => [id, { value }]));

describe('lesson progress', () => {
  it('counts an exercise done only by its kind’s rule', () => {
    const answers = saved({
      'funnel-a': { kind: 'funnel', counts: [100, 10, null, 1] },
      'quiz-a': { kind: 'quiz', questions: [{ chosen: [1], correct: false }], score: 0 },
    });
    expect(lessonProgress(lessons[0]!, answers)).toEqual({ done: 1, total: 2 });
    answers.set('funnel-a', { value: { kind: 'funnel', counts: [100, 10, 5, 1] } });
    expect(lessonProgress(lessons[0]!, answers)).toEqual({ done: 2, total: 2 });
  });

  it('does not count a value of another kind, or a blank reflection', () => {
    const answers = saved({
      'funnel-a': { kind: 'reflection', text: 'pas un entonnoir' },
      'reflection-a': { kind: 'reflection', text: '   ' },
    });
    expect(lessonProgress(lessons[0]!, answers).done).toBe(0);
    expect(lessonProgress(lessons[1]!, answers).done).toBe(0);
  });

  it('resumes at the first unfinished exercise of the day, and nowhere once all are done', () => {
    const answers = saved({ 'funnel-a': { kind: 'funnel', counts: [1, 1, 1, 1] } });
    expect(nextUnfinished(lessons, answers)).toMatchObject({
      lesson: { id: 'mesurer' },
      exerciseId: 'quiz-a',
      index: 1,
    });
    answers.set('quiz-a', { value: { kind: 'quiz', questions: [{ chosen: [0], correct: true }], score: 1 } });
    expect(nextUnfinished(lessons, answers)).toMatchObject({ lesson: { id: 'agir' }, exerciseId: 'reflection-a' });
    answers.set('reflection-a', { value: { kind: 'reflection', text: 'Publier le mardi.' } });
    expect(nextUnfinished(lessons, answers)).toBeNull();
  });
});
