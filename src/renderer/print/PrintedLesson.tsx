import { useState } from 'react';
import { createPortal } from 'react-dom';
import { PrintTarget, usePrintTarget } from '../exercises/print-target';
import { lessonComponents } from '../exercises/registry';
import type { Lesson } from '../lessons';
import { contentComponents } from '../lessons/components/content-components';
import { LessonText } from '../lessons/LessonText';
import { KeyPointsTarget } from '../lessons/components/KeyPoints';
import { PrintIllustrative } from './illustrative';
import { LessonHead } from './LessonHead';
import { printStrings as p } from './print-strings';

/** Where the action plan is printed in full (its own part of the workbook). */
export const ACTION_PLAN_ANCHOR = 'action-plan';

/** In its lesson, the action plan leaves a pointer to the page where it is printed in full. */
function ActionPlanPointer() {
  const target = usePrintTarget();
  if (!target) return null;
  return createPortal(
    <p className="print-pointer" data-print-keep>
      {p.actionPlanInBook} <span data-page-of={ACTION_PLAN_ANCHOR}>00</span>.
    </p>,
    target,
  );
}

const printedComponents = {
  ...contentComponents,
  ...lessonComponents,
  Illustrative: PrintIllustrative,
  ActionPlan: ActionPlanPointer,
};

/**
 * One lesson in the workbook: its opening, then every exercise's print view
 * and its « À retenir ». The lesson's text is rendered as written (so each
 * exercise gets the props the lesson gives it) but hidden; exercises and key
 * points draw themselves into the visible slots through portals, in order.
 */
export function PrintedLesson({ lesson, number }: { lesson: Lesson; number: number }) {
  const [exercises, setExercises] = useState<HTMLElement | null>(null);
  const [keyPoints, setKeyPoints] = useState<HTMLElement | null>(null);
  const { lang } = lesson.frontmatter;
  return (
    <>
      <LessonHead lesson={lesson} number={number} />
      {lesson.exercises.length > 0 ? <h2 data-keep-with-next>{p.exercises}</h2> : null}
      <div ref={setExercises} data-print-flow lang={lang} />
      <div ref={setKeyPoints} data-print-flow lang={lang} />
      {exercises && keyPoints ? (
        <div hidden>
          <PrintTarget.Provider value={exercises}>
            <KeyPointsTarget.Provider value={keyPoints}>
              <LessonText lesson={lesson} components={printedComponents} />
            </KeyPointsTarget.Provider>
          </PrintTarget.Provider>
        </div>
      ) : null}
    </>
  );
}
