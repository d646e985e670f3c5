import { describe, expect, it } from 'vitest';
import { metricValue as metric, type MetricAttempt as Attempt } from '../../../tests/support/exercises';
import { bucketsOf, gradeAnswer, type AnswerGrade } from './dashboard-grades';

const AT = '2026-05-02T09:00:00.000Z';
const correct: Attempt = { typed: '4 %', verdict: 'correct', at: AT };
const wrong: Attempt = { typed: '7', verdict: 'incorrect', at: AT };
const unread: Attempt = { typed: 'beaucoup', verdict: 'invalid', at: AT };
const mistake = (code: string): Attempt => ({ typed: '2', verdict: 'mistake', mistake: code, at: AT });

const quiz = (correctness: boolean[]) => ({
  kind: 'quiz',
  questions: correctness.map((ok) => ({ chosen: [0], correct: ok })),
  score: correctness.filter(Boolean).length,
});

describe('grading one saved answer for the dashboard and the CSV', () => {
  it('grades a metric question by its last graded attempt, with the attempts counted', () => {
    expect(gradeAnswer('metric-question', metric([wrong, correct, unread], 5))).toEqual({
      key: 'correct',
      label: 'Juste',
      mistake: null,
      score: { points: 1, max: 1 },
      attempts: 5,
    });
    expect(gradeAnswer('metric-question', metric([correct, wrong]))).toEqual({
      key: 'other',
      label: 'Autre erreur',
      mistake: null,
      score: { points: 0, max: 1 },
      attempts: 2,
    });
  });

  it('names the mistake of a metric question, capitalised for the bar and as is for the CSV', () => {
    expect(gradeAnswer('metric-question', metric([correct, mistake('wrong-denominator')], 3))).toEqual({
      key: 'wrong-denominator',
      label: 'Mauvais dénominateur',
      mistake: 'mauvais dénominateur',
      score: { points: 0, max: 1 },
      attempts: 3,
    });
    expect(gradeAnswer('metric-question', metric([mistake('inverted-ratio')])).label).toBe('Division inversée');
  });

  it('counts a metric question whose typed text was never read as a number as begun, not graded', () => {
    expect(gradeAnswer('metric-question', metric([unread, unread], 4))).toEqual({
      key: 'started',
      label: 'Commencé',
      mistake: null,
      score: { points: 0, max: 1 },
      attempts: 4,
    });
  });

  it('grades a quiz by its score over its questions', () => {
    expect(gradeAnswer('quiz', quiz([true, false, true]))).toEqual({
      key: 'score-2',
      label: '2 / 3',
      mistake: null,
      score: { points: 2, max: 3 },
      attempts: null,
    });
    expect(gradeAnswer('quiz', quiz([false])).key).toBe('score-0');
  });

  it('tells the ungraded kinds done from begun', () => {
    const begun = { kind: 'funnel', counts: [1000, null, 20] };
    expect(gradeAnswer('funnel', begun)).toEqual({
      key: 'started',
      label: 'Commencé',
      mistake: null,
      score: null,
      attempts: null,
    });
    expect(gradeAnswer('funnel', { kind: 'funnel', counts: [1000, 40, 20] })).toMatchObject({
      key: 'done',
      label: 'Terminé',
    });
    expect(gradeAnswer('reflection', { kind: 'reflection', text: 'La page fuit au clic.' }).key).toBe('done');
    expect(gradeAnswer('reflection', { kind: 'reflection', text: '  ' }).key).toBe('started');
  });

  it('files an answer of another kind or shape as unreadable, whatever the kind', () => {
    const unreadable = { key: 'unreadable', label: 'Illisible', mistake: null, score: null, attempts: null };
    expect(gradeAnswer('metric-question', { kind: 'quiz' })).toEqual(unreadable);
    expect(gradeAnswer('metric-question', metric([correct], 0))).toEqual(unreadable);
    expect(gradeAnswer('quiz', { ...quiz([true]), score: 0 })).toEqual(unreadable);
    expect(gradeAnswer('funnel', { kind: 'reflection', text: 'x' })).toEqual(unreadable);
    expect(gradeAnswer('reflection', null)).toEqual(unreadable);
  });
});

const grade = (key: string, score: AnswerGrade['score'] = null): AnswerGrade => ({
  key,
  label: key,
  mistake: null,
  score,
  attempts: null,
});

describe('the bars of one exercise', () => {
  it('lists a metric question « Juste », the mistakes met by priority, « Autre erreur », then the rest met', () => {
    const grades = [
      grade('inverted-ratio'),
      grade('other'),
      grade('wrong-denominator'),
      grade('inverted-ratio'),
      grade('missing-minus'),
      grade('unreadable'),
      grade('started'),
      grade('started'),
    ];
    expect(bucketsOf('metric-question', grades)).toEqual([
      { key: 'correct', label: 'Juste', count: 0 },
      { key: 'missing-minus', label: 'Signe moins oublié', count: 1 },
      { key: 'wrong-denominator', label: 'Mauvais dénominateur', count: 1 },
      { key: 'inverted-ratio', label: 'Division inversée', count: 2 },
      { key: 'other', label: 'Autre erreur', count: 1 },
      { key: 'started', label: 'Commencé', count: 2 },
      { key: 'unreadable', label: 'Illisible', count: 1 },
    ]);
  });

  it('keeps a metric question to its fixed bars while nobody made a mistake', () => {
    expect(bucketsOf('metric-question', [grade('correct'), grade('correct')])).toEqual([
      { key: 'correct', label: 'Juste', count: 2 },
      { key: 'other', label: 'Autre erreur', count: 0 },
    ]);
  });

  it('lists every quiz score from the best down, out of the most questions seen', () => {
    const grades = [
      grade('score-2', { points: 2, max: 2 }),
      grade('score-0', { points: 0, max: 2 }),
      grade('score-2', { points: 2, max: 2 }),
      grade('unreadable'),
    ];
    expect(bucketsOf('quiz', grades)).toEqual([
      { key: 'score-2', label: '2 / 2', count: 2 },
      { key: 'score-1', label: '1 / 2', count: 0 },
      { key: 'score-0', label: '0 / 2', count: 1 },
      { key: 'unreadable', label: 'Illisible', count: 1 },
    ]);
  });

  it('shows a quiz nobody could be graded on as one empty bar', () => {
    expect(bucketsOf('quiz', [])).toEqual([{ key: 'score-0', label: '0 / 0', count: 0 }]);
    expect(bucketsOf('quiz', [grade('unreadable')])).toEqual([
      { key: 'score-0', label: '0 / 0', count: 0 },
      { key: 'unreadable', label: 'Illisible', count: 1 },
    ]);
  });

  it('counts the ungraded kinds done and begun, always in that order', () => {
    expect(bucketsOf('reflection', [grade('started'), grade('done'), grade('started')])).toEqual([
      { key: 'done', label: 'Terminé', count: 1 },
      { key: 'started', label: 'Commencé', count: 2 },
    ]);
    expect(bucketsOf('funnel', [grade('unreadable')])).toEqual([
      { key: 'done', label: 'Terminé', count: 0 },
      { key: 'started', label: 'Commencé', count: 0 },
      { key: 'unreadable', label: 'Illisible', count: 1 },
    ]);
  });
});
