import { describe, expect, it } from 'vitest';
import { ANSWER_MAX_BYTES } from '../workbook-file/answer-size';
import { canonicalJson } from '../workbook-file/canonical';
import {
  answerValue,
  COMPONENT_KINDS,
  EXERCISE_COMPONENTS,
  EXERCISE_KINDS,
  isExerciseComponent,
  kindOfComponent,
  readAnswer,
  scoreAnswer,
  summarizeAnswer,
} from './kinds';
import { gradeQuiz, QUIZ_MAX_CHOICES, QUIZ_MAX_QUESTIONS, quizProps } from './quiz';
import { REFLECTION_MAX_LENGTH } from './reflection';

const bytes = (value: unknown) => new TextEncoder().encode(canonicalJson(value)).length;

describe('exercise kinds', () => {
  it('maps every MDX component to its kind and back', () => {
    expect(COMPONENT_KINDS).toMatchObject({ FunnelExercise: 'funnel', Quiz: 'quiz', Reflection: 'reflection' });
    for (const [component, kind] of Object.entries(COMPONENT_KINDS)) {
      expect(EXERCISE_KINDS[kind].component).toBe(component);
    }
    expect(EXERCISE_COMPONENTS).toEqual(Object.values(EXERCISE_KINDS).map((k) => k.component));
  });

  it('tells an exercise component from any other MDX name', () => {
    expect(isExerciseComponent('MetricQuestion')).toBe(true);
    expect(kindOfComponent('MetricQuestion')).toBe('metric-question');
    expect(isExerciseComponent('Callout')).toBe(false);
    // Only the table's own names: not what every object inherits.
    expect(isExerciseComponent('toString')).toBe(false);
  });

  it('accepts an answer of each kind in the contract’s union, and refuses unknown kinds in French', () => {
    for (const value of [
      { kind: 'funnel', counts: [24000, null, 300, 15] },
      { kind: 'quiz', questions: [{ chosen: [0], correct: true }], score: 1 },
      { kind: 'reflection', text: 'Publier le mardi.' },
    ]) {
      expect(answerValue.safeParse(value).success).toBe(true);
    }
    expect(answerValue.safeParse({ kind: 'sondage' }).error?.issues[0]?.message).toBe('Réponse d’un type inconnu.');
  });

  it('refuses a quiz whose score does not match its answers, and a reflection over 4 000 characters', () => {
    const quiz = { kind: 'quiz', questions: [{ chosen: [0], correct: false }], score: 1 };
    expect(answerValue.safeParse(quiz).error?.issues[0]?.message).toBe('Le score ne correspond pas aux réponses.');
    const long = { kind: 'reflection', text: 'a'.repeat(REFLECTION_MAX_LENGTH + 1) };
    expect(answerValue.safeParse(long).error?.issues[0]?.message).toMatch(/4\s000 caractères/);
    expect(answerValue.safeParse({ ...long, text: 'a'.repeat(REFLECTION_MAX_LENGTH) }).success).toBe(true);
  });

  it('reads a stored value only as its own kind', () => {
    expect(readAnswer('reflection', { kind: 'reflection', text: 'ok' })).toEqual({ kind: 'reflection', text: 'ok' });
    expect(readAnswer('funnel', { kind: 'reflection', text: 'ok' })).toBeNull();
    expect(readAnswer('funnel', { kind: 'funnel', counts: ['12'] })).toBeNull();
    expect(readAnswer('quiz', null)).toBeNull();
  });

  it('grades a quiz: every right choice and no other', () => {
    const { questions } = quizProps.parse({
      id: 'q',
      questions: [
        { prompt: 'Un ?', choices: ['a', 'b'], answer: [1], explanation: 'b.' },
        { prompt: 'Plusieurs ?', choices: ['a', 'b', 'c'], answer: [0, 2], explanation: 'a et c.' },
      ],
    });
    expect(gradeQuiz(questions, [[1], [2, 0]])).toEqual({
      kind: 'quiz',
      questions: [
        { chosen: [1], correct: true },
        { chosen: [0, 2], correct: true },
      ],
      score: 2,
    });
    expect(gradeQuiz(questions, [[0], [0]]).score).toBe(0);
    expect(gradeQuiz(questions, [[1], [0, 1, 2]]).questions[1]!.correct).toBe(false);
    // One choice ticked twice is still one choice: not the two the question needs.
    expect(gradeQuiz(questions, [[1], [0, 0]]).questions[1]).toEqual({ chosen: [0], correct: false });
  });

  it('summarizes and scores each kind in French for the dashboard and the CSV', () => {
    expect(summarizeAnswer({ kind: 'funnel', counts: [24000, 1200, 300, 15] })).toBe(
      '24\u202f000 → 1\u202f200 → 300 → 15 (conversion 0,06\u202f%)',
    );
    expect(summarizeAnswer({ kind: 'funnel', counts: [24000, null] })).toBe('24\u202f000 → —');
    const quiz = {
      kind: 'quiz' as const,
      questions: [
        { chosen: [0], correct: true },
        { chosen: [1], correct: false },
      ],
      score: 1,
    };
    expect(summarizeAnswer(quiz)).toBe('1 bonne réponse sur 2');
    expect(scoreAnswer(quiz)).toEqual({ points: 1, max: 2 });
    expect(summarizeAnswer({ kind: 'reflection', text: ' Publier\n\nle mardi. ' })).toBe('Publier le mardi.');
    expect(scoreAnswer({ kind: 'reflection', text: 'x' })).toBeNull();
  });

  it('keeps the largest quiz and reflection within the sizes the store allows (workbook-file/answer-size.ts)', () => {
    const all = Array.from({ length: QUIZ_MAX_CHOICES }, (_, i) => i);
    const quiz = {
      kind: 'quiz',
      questions: Array.from({ length: QUIZ_MAX_QUESTIONS }, () => ({ chosen: all, correct: false })),
      score: 0,
    };
    expect(answerValue.safeParse(quiz).success).toBe(true);
    expect(bytes(quiz)).toBeLessThanOrEqual(ANSWER_MAX_BYTES.quiz);
    // Three UTF-8 bytes per character (« € », Arabic letters are two) and a quotation mark escaped.
    const reflection = { kind: 'reflection', text: `"${'€'.repeat(REFLECTION_MAX_LENGTH - 1)}` };
    expect(answerValue.safeParse(reflection).success).toBe(true);
    expect(bytes(reflection)).toBeLessThanOrEqual(ANSWER_MAX_BYTES.reflection);
  });
});
