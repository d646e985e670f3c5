import { describe, expect, it } from 'vitest';
import { workbookSummary, type SummaryLesson } from './summary';

const lessons: SummaryLesson[] = [
  {
    id: 'a',
    title: 'Leçon A',
    exercises: [
      { id: 'quiz-a', kind: 'quiz' },
      { id: 'reflection-a', kind: 'reflection' },
    ],
  },
  { id: 'b', title: 'Leçon B', exercises: [{ id: 'quiz-b', kind: 'quiz' }] },
];

describe('workbookSummary', () => {
  it('counts finished exercises and quiz points per lesson and in total', () => {
    const answers = new Map<string, unknown>([
      [
        'quiz-a',
        {
          kind: 'quiz',
          questions: [
            { chosen: [0], correct: true },
            { chosen: [1], correct: false },
          ],
          score: 1,
        },
      ],
      ['reflection-a', { kind: 'reflection', text: 'Mon idée' }],
    ]);
    const summary = workbookSummary(lessons, answers);
    expect(summary.lessons[0]).toEqual({ id: 'a', title: 'Leçon A', done: 2, total: 2, points: 1, max: 2 });
    expect(summary.lessons[1]).toEqual({ id: 'b', title: 'Leçon B', done: 0, total: 1, points: 0, max: 0 });
    expect(summary.total).toEqual({ done: 2, total: 3, points: 1, max: 2 });
  });

  it('counts an empty reflection as not done, and an answer of another kind as neither done nor scored', () => {
    const answers = new Map<string, unknown>([
      ['reflection-a', { kind: 'reflection', text: '   ' }],
      ['quiz-b', { kind: 'reflection', text: 'pas un quiz' }],
    ]);
    const summary = workbookSummary(lessons, answers);
    expect(summary.total).toEqual({ done: 0, total: 3, points: 0, max: 0 });
  });
});
