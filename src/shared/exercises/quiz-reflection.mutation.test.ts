import { describe, expect, it } from 'vitest';
import { count } from './count';
import { gradeQuiz, isMultipleChoice, quizAnswer, quizKind, quizQuestion, type QuizQuestion } from './quiz';
import { reflectionKind } from './reflection';

const question = (answer: number[], choices = ['a', 'b', 'c']): QuizQuestion => ({
  prompt: 'Quelle mesure ?',
  choices,
  answer,
  explanation: 'Parce que.',
});

describe('grading a quiz', () => {
  it('marks a question right only when exactly the right choices are ticked, in any order', () => {
    const questions = [question([0, 2]), question([1]), question([1]), question([0])];
    const graded = gradeQuiz(questions, [[2, 0], [1, 2], [0]]);
    expect(graded).toEqual({
      kind: 'quiz',
      questions: [
        { chosen: [0, 2], correct: true },
        { chosen: [1, 2], correct: false },
        { chosen: [0], correct: false },
        { chosen: [], correct: false },
      ],
      score: 1,
    });
    expect(quizAnswer.safeParse(graded).success).toBe(true);
  });

  it('sorts ticks as numbers, not as text', () => {
    const choices = Array.from({ length: 8 }, (_, i) => `c${i}`);
    expect(gradeQuiz([question([7, 10 - 9], choices)], [[7, 1]]).questions[0]!.chosen).toEqual([1, 7]);
  });

  it('does not count a tick missing or in excess as right', () => {
    expect(gradeQuiz([question([0, 1])], [[0]]).score).toBe(0);
    expect(gradeQuiz([question([0])], [[0, 1]]).score).toBe(0);
  });

  it('marks wrong a tick swapped for another, as many as the right ones', () => {
    expect(gradeQuiz([question([0, 1])], [[0, 2]]).questions[0]!.correct).toBe(false);
  });

  it('refuses a question where any one of several answer indexes is beyond the choices', () => {
    expect(quizQuestion.safeParse(question([0, 3])).error?.issues[0]?.message).toBe(
      'answer : un indice ne correspond à aucun choix (le premier choix est 0).',
    );
  });

  it('tells a question with several right answers apart', () => {
    expect(isMultipleChoice(question([0, 1]))).toBe(true);
    expect(isMultipleChoice(question([1]))).toBe(false);
  });

  it('refuses an answer index beyond the choices, or given twice, in French', () => {
    expect(quizQuestion.safeParse(question([3])).error?.issues[0]?.message).toBe(
      'answer : un indice ne correspond à aucun choix (le premier choix est 0).',
    );
    expect(quizQuestion.safeParse(question([2])).success).toBe(true);
    expect(quizQuestion.safeParse(question([1, 1])).error?.issues[0]?.message).toBe('answer : un indice est répété.');
  });

  it('is done once every question has a tick, and sums up and scores its answer', () => {
    const answer = gradeQuiz([question([0]), question([1])], [[0], [2]]);
    expect(quizKind.isDone(answer)).toBe(true);
    expect(quizKind.isDone(gradeQuiz([question([0]), question([1])], [[0]]))).toBe(false);
    expect(quizKind.summarize(answer)).toBe('1 bonne réponse sur 2');
    expect(quizKind.summarize(gradeQuiz([question([0]), question([1])], [[0], [1]]))).toBe('2 bonnes réponses sur 2');
    expect(quizKind.score(answer)).toEqual({ points: 1, max: 2 });
  });
});

describe('a reflection', () => {
  it('is done once it holds more than spaces, and reads on one line', () => {
    expect(reflectionKind.isDone({ kind: 'reflection', text: '  \n ' })).toBe(false);
    expect(reflectionKind.isDone({ kind: 'reflection', text: ' Publier ' })).toBe(true);
    expect(reflectionKind.summarize({ kind: 'reflection', text: '  Publier\n\n le   mardi.  ' })).toBe(
      'Publier le mardi.',
    );
    expect(reflectionKind.score({ kind: 'reflection', text: 'x' })).toBeNull();
  });
});

describe('a count', () => {
  it('says why a count is refused, in French', () => {
    const message = (value: unknown) => count.safeParse(value).error?.issues[0]?.message;
    expect(message('12')).toBe('Chaque valeur doit être un nombre.');
    expect(message(Number.NaN)).toBe('Chaque valeur doit être un nombre.');
    expect(message(Number.POSITIVE_INFINITY)).toBe('Chaque valeur doit être un nombre fini.');
    expect(message(-1)).toBe('Une valeur ne peut pas être négative.');
    expect(message(1e12 + 1)).toBe('Une valeur ne peut pas dépasser mille milliards (10^12).');
    expect(count.safeParse(0).success).toBe(true);
    expect(count.safeParse(1e12).success).toBe(true);
  });
});
