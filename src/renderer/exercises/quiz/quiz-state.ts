import type { QuizAnswer, QuizQuestion } from '../../../shared/exercises/quiz';

/** The choices a saved answer made, kept only where they still fit the lesson's questions. */
export function initialChoices(questions: readonly QuizQuestion[], saved: QuizAnswer | undefined): number[][] {
  return questions.map((question, i) =>
    (saved?.questions[i]?.chosen ?? []).filter((choice) => choice < question.choices.length),
  );
}

/** A saved answer is shown as graded only while it answers exactly the lesson's questions. */
export function fitsQuestions(questions: readonly QuizQuestion[], saved: QuizAnswer | undefined): boolean {
  return saved !== undefined && saved.questions.length === questions.length;
}

export function toggle(chosen: readonly number[], choice: number, multiple: boolean): number[] {
  if (!multiple) return [choice];
  return chosen.includes(choice) ? chosen.filter((c) => c !== choice) : [...chosen, choice].sort((a, b) => a - b);
}

export const rightChoices = (question: QuizQuestion) => question.answer.map((i) => question.choices[i]!).join(' ; ');
