import { z } from 'zod';
import { countOf, formatCount } from '../format/index';
import { defineKind } from './define-kind';
import { exerciseId } from './exercise-id';

export const QUIZ_MAX_QUESTIONS = 20;
export const QUIZ_MAX_CHOICES = 8;

const choiceIndex = z
  .int()
  .nonnegative()
  .max(QUIZ_MAX_CHOICES - 1);

/** One question as the lesson writes it; `answer` lists the right choices (more than one: several to tick). */
export const quizQuestion = z
  .strictObject({
    prompt: z.string().trim().min(1, { error: 'Chaque question a un énoncé (prompt).' }),
    choices: z
      .array(z.string().trim().min(1, { error: 'Un choix vide.' }))
      .min(2, { error: 'Une question a au moins 2 choix.' })
      .max(QUIZ_MAX_CHOICES, { error: `Une question a au plus ${QUIZ_MAX_CHOICES} choix.` }),
    answer: z.array(choiceIndex).min(1, { error: 'answer : au moins une bonne réponse.' }),
    explanation: z.string().trim().min(1, { error: 'Chaque question a une explication.' }),
  })
  .refine((q) => q.answer.every((i) => i < q.choices.length), {
    error: 'answer : un indice ne correspond à aucun choix (le premier choix est 0).',
  })
  .refine((q) => new Set(q.answer).size === q.answer.length, { error: 'answer : un indice est répété.' });
export type QuizQuestion = z.infer<typeof quizQuestion>;

/** `<Quiz id questions={[{ prompt, choices, answer, explanation }]} />` */
export const quizProps = z.strictObject({
  id: exerciseId,
  questions: z
    .array(quizQuestion)
    .min(1, { error: 'Un quiz a au moins une question.' })
    .max(QUIZ_MAX_QUESTIONS, { error: `Un quiz a au plus ${QUIZ_MAX_QUESTIONS} questions.` }),
});
export type QuizProps = z.infer<typeof quizProps>;

/** What the attendee ticked for each question, whether it was right, and the score, as validated. */
export const quizAnswer = z
  .strictObject({
    kind: z.literal('quiz'),
    questions: z
      .array(
        z.strictObject({
          chosen: z.array(choiceIndex).max(QUIZ_MAX_CHOICES),
          correct: z.boolean(),
        }),
      )
      .min(1)
      .max(QUIZ_MAX_QUESTIONS),
    score: z.int().nonnegative(),
  })
  .refine((a) => a.score === a.questions.filter((q) => q.correct).length, {
    error: 'Le score ne correspond pas aux réponses.',
  });
export type QuizAnswer = z.infer<typeof quizAnswer>;

/** The same choices, each counted once: ticking one choice twice is not ticking two. */
const sameSet = (a: readonly number[], b: readonly number[]) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((i) => right.has(i));
};

/** Grades the ticked choices against the lesson's questions: the answer to save. */
export function gradeQuiz(questions: readonly QuizQuestion[], chosen: readonly (readonly number[])[]): QuizAnswer {
  const graded = questions.map((question, i) => {
    const picked = [...new Set(chosen[i] ?? [])].sort((a, b) => a - b);
    return { chosen: picked, correct: sameSet(picked, question.answer) };
  });
  return { kind: 'quiz', questions: graded, score: graded.filter((q) => q.correct).length };
}

export const isMultipleChoice = (question: QuizQuestion) => question.answer.length > 1;

export const quizKind = defineKind({
  kind: 'quiz',
  component: 'Quiz',
  answer: quizAnswer,
  props: quizProps,
  isDone: (answer) => answer.questions.every((q) => q.chosen.length > 0),
  summarize: (answer) =>
    `${countOf(answer.score, 'bonne réponse', 'bonnes réponses')} sur ${formatCount(answer.questions.length)}`,
  score: (answer) => ({ points: answer.score, max: answer.questions.length }),
});
