import { createElement, type ComponentType } from 'react';
import { loadedText, type Lesson } from './index';

/**
 * A lesson's text with the components it may use. Drawn by pages that waited
 * for it (useLessonTexts); until then, nothing. The text is the module's own
 * component, the same object at every render (kept by `loadedText`).
 */
export function LessonText({
  lesson,
  components,
}: {
  lesson: Lesson;
  components: Record<string, ComponentType<never>>;
}) {
  const text = loadedText(lesson);
  return text ? createElement(text, { components }) : null;
}
