import { describe, expect, it } from 'vitest';
import { EXERCISES, findExercise, isLessonId, LESSON_IDS, LESSON_MANIFEST } from './manifest';
import { lessonFrontmatter } from './lesson';

const valid = {
  id: 'mesurer-fanajeen',
  title: 'Mesurer',
  case: 'Fanajeen',
  durationMin: 45,
  objectives: ['Calculer un taux'],
  lang: 'fr',
};

describe('a lesson’s frontmatter', () => {
  it('accepts a complete one', () => {
    expect(lessonFrontmatter.parse(valid)).toEqual(valid);
    expect(lessonFrontmatter.safeParse({ ...valid, lang: 'en', durationMin: 480 }).success).toBe(true);
    expect(lessonFrontmatter.safeParse({ ...valid, id: 'a'.repeat(64) }).success).toBe(true);
  });

  it.each([
    ['an id with a capital', { id: 'Mesurer' }],
    ['an id with a slash', { id: 'a/b' }],
    ['an id starting with a dash', { id: '-a' }],
    ['an id of 65 characters', { id: 'a'.repeat(65) }],
    ['an empty title', { title: '' }],
    ['an empty case', { case: '' }],
    ['a duration of 0', { durationMin: 0 }],
    ['a duration over a day’s 480 minutes', { durationMin: 481 }],
    ['a duration in hours and minutes', { durationMin: 45.5 }],
    ['no objective', { objectives: [] }],
    ['an empty objective', { objectives: [''] }],
    ['another language', { lang: 'ar' }],
    ['a field no lesson has', { author: 'x' }],
  ])('refuses %s', (_label, change) => {
    expect(lessonFrontmatter.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('the lessons of this build', () => {
  it('know their lessons and exercises by id, and nothing else', () => {
    expect(LESSON_IDS).toEqual(LESSON_MANIFEST.lessons.map((lesson) => lesson.id));
    for (const id of LESSON_IDS) expect(isLessonId(id)).toBe(true);
    expect(isLessonId('lecon-inconnue')).toBe(false);
    for (const exercise of EXERCISES) expect(findExercise(exercise.id)).toBe(exercise);
    expect(findExercise('exercice-inconnu')).toBeUndefined();
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
  });
});
