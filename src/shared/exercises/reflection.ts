import { z } from 'zod';
import { formatCount } from '../format/index';
import { defineKind } from './define-kind';
import { exerciseId } from './exercise-id';

/** The longest text a reflection keeps: a page of the PDF, not a novel. */
export const REFLECTION_MAX_LENGTH = 4000;

/** `<Reflection id prompt maxLength? />` */
export const reflectionProps = z.strictObject({
  id: exerciseId,
  prompt: z.string().trim().min(1, { error: 'Une réflexion a une consigne (prompt).' }),
  maxLength: z
    .int({ error: 'maxLength est un nombre entier de caractères.' })
    .min(1)
    .max(REFLECTION_MAX_LENGTH, { error: `maxLength : ${formatCount(REFLECTION_MAX_LENGTH)} au plus.` })
    .optional(),
});
export type ReflectionProps = z.infer<typeof reflectionProps>;

export const reflectionAnswer = z.strictObject({
  kind: z.literal('reflection'),
  text: z.string().max(REFLECTION_MAX_LENGTH, {
    error: `Le texte ne doit pas dépasser ${formatCount(REFLECTION_MAX_LENGTH)} caractères.`,
  }),
});
export type ReflectionAnswer = z.infer<typeof reflectionAnswer>;

export const reflectionKind = defineKind({
  kind: 'reflection',
  component: 'Reflection',
  answer: reflectionAnswer,
  props: reflectionProps,
  isDone: (answer) => answer.text.trim() !== '',
  summarize: (answer) => answer.text.trim().replace(/\s+/g, ' '),
  score: () => null,
});
