import { useEffect, useState } from 'react';
import type { Load } from '../app/useLoad';
import { LESSON_LOAD_FAILED, loadedText, loadLessons, type Lesson } from './index';

const LOADING = { state: 'loading' } as const;

/**
 * The page's own load, held back until the text of every lesson in `list` is
 * loaded too, so `data-app-state="ready"` (what tests and the PDF printer
 * wait for) means the lessons can be drawn. Lessons loaded already cost no
 * extra render.
 */
export function useLessonTexts<T>(load: Load<T>, list: readonly Lesson[]): Load<T> {
  const key = list.map((lesson) => lesson.frontmatter.id).join('\n');
  const loaded = list.every((lesson) => loadedText(lesson) !== undefined);
  // Which list the last load settled, and how: the texts themselves are read from loadedText.
  const [settled, setSettled] = useState<{ key: string; ok: boolean }>();
  useEffect(() => {
    if (loaded) return;
    let live = true;
    loadLessons(list).then(
      () => live && setSettled({ key, ok: true }),
      () => live && setSettled({ key, ok: false }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names the lessons of `list`
  }, [key, loaded]);
  if (load.state === 'error' || loaded) return load;
  if (settled?.key === key && !settled.ok) return { state: 'error', message: LESSON_LOAD_FAILED };
  return LOADING;
}
