import type { ComponentType } from 'react';
import { loadedText, type Lesson } from './index';

/**
 * A lesson's text with the components it may use. Drawn by pages that waited
 * for it (useLessonTexts); until then, nothing.
 */
export function LessonText({
  lesson,
  components,
}: {
  lesson: Lesson;
  components: Record<string, ComponentType<never>>;
}) {
  const Text = loadedText(lesson);
  return Text ? <Text components={components} /> : null;
}
