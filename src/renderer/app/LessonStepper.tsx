import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { lessonProgress } from '../../shared/exercises/progress';
import { useSavedAnswers } from '../answers/AnswersContext';
import { usePace } from '../dashboard/pace';
import { t } from '../i18n/fr';
import type { Lesson } from '../lessons';

/**
 * The day's lessons as steps: the current one marked, a tick on each one
 * finished, and how far the others are — following every acknowledged save.
 */
export function LessonStepper({
  profileId,
  lessons,
  currentId,
}: {
  profileId: string;
  lessons: readonly Lesson[];
  currentId: string;
}) {
  const saved = useSavedAnswers();
  const pace = usePace();
  return (
    <nav className="stepper" aria-label={t.stepperLabel}>
      <ol className="stepper-list">
        {lessons.map((lesson, index) => {
          const { id, title } = lesson.frontmatter;
          const { done, total } = lessonProgress({ id, exercises: lesson.exercises }, saved);
          const finished = total > 0 && done === total;
          const current = id === currentId;
          const state = current ? 'current' : finished ? 'done' : done > 0 ? 'started' : 'todo';
          return (
            <li key={id} className="stepper-step" data-state={state} data-done={finished || undefined}>
              {/* A lesson the room has not reached (lockstep) is a step without a link. */}
              <StepLink open={current || pace.lessonOpen(id)} href={`/p/${profileId}/lessons/${id}`} current={current}>
                <span className="stepper-dot" aria-hidden="true">
                  {finished ? '✓' : index + 1}
                </span>
                <span className="stepper-title">{title}</span>
                <span className="stepper-meta">
                  {finished ? t.stepperDone : total > 0 ? t.stepperProgress(done, total) : null}
                </span>
              </StepLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function StepLink({
  open,
  href,
  current,
  children,
}: {
  open: boolean;
  href: string;
  current: boolean;
  children: ReactNode;
}) {
  if (!open) return <span className="stepper-link stepper-link--locked">{children}</span>;
  return (
    <Link href={href} aria-current={current ? 'step' : undefined} className="stepper-link">
      {children}
    </Link>
  );
}
