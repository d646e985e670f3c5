import { lessonProgress } from '../../shared/exercises/progress';
import { useSavedAnswers } from '../answers/AnswersContext';
import { t } from '../i18n/fr';
import type { Lesson } from '../lessons';

/** Exercises finished in a lesson, following each acknowledged save. */
export function LessonProgress({ lesson }: { lesson: Lesson }) {
  const saved = useSavedAnswers();
  const { done, total } = lessonProgress({ id: lesson.frontmatter.id, exercises: lesson.exercises }, saved);
  if (total === 0) return null;
  return (
    <p className="lesson-progress">
      {/* The bar only draws what the sentence beside it says. */}
      <progress value={done} max={total} aria-hidden="true" />
      <span data-testid="lesson-progress">{done === total ? t.lessonComplete : t.lessonProgress(done, total)}</span>
    </p>
  );
}
