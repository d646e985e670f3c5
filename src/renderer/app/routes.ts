import { lazy, type ComponentType } from 'react';
import { findLesson, loadLesson } from '../lessons';

/**
 * Each page is its own chunk, loaded when its route is first shown: the first
 * screen carries the shell, not every page (recharts, the print view and its
 * fonts, the lessons' text come with the pages that draw them).
 */
const chunks = {
  home: () => import('../pages/HomePage'),
  workbook: () => import('../pages/WorkbookPage'),
  lesson: () => import('../pages/LessonPage'),
  trainer: () => import('../pages/TrainerPage'),
  guide: () => import('../pages/TrainerGuidePage'),
  print: () => import('../pages/PrintPage'),
  printGuide: () => import('../print/PrintGuidePage'),
};

function page<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<never> })) as unknown as M[K];
}

export const HomePage = page(chunks.home, 'HomePage');
export const WorkbookPage = page(chunks.workbook, 'WorkbookPage');
export const LessonPage = page(chunks.lesson, 'LessonPage');
export const TrainerPage = page(chunks.trainer, 'TrainerPage');
export const TrainerGuidePage = page(chunks.guide, 'TrainerGuidePage');
export const PrintPage = page(chunks.print, 'PrintPage');
export const PrintGuidePage = page(chunks.printGuide, 'PrintGuidePage');

const preloadText = (lessonId: string | undefined) => {
  const lesson = lessonId ? findLesson(lessonId) : undefined;
  // A failure here is met again, and told, by the page that needs the text.
  if (lesson) loadLesson(lesson).catch(() => undefined);
};

/**
 * Starts loading the page a hash route shows (and its lesson's text) before
 * the app renders, alongside the host's first answers rather than after them.
 * Only a head start: the routes in App.tsx decide what is shown.
 */
export function preloadRoute(hash: string): void {
  const parts = hash.replace(/^#/, '').split('/').filter(Boolean);
  const [first, second, third, fourth] = parts;
  const load = (chunk: () => Promise<unknown>) => void chunk().catch(() => undefined);
  if (first === 'p' && third === 'lessons') {
    load(chunks.lesson);
    preloadText(fourth);
  } else if (first === 'p') load(chunks.workbook);
  else if (first === 'trainer' && second === 'guide') {
    load(chunks.guide);
    preloadText(third);
  } else if (first === 'trainer') load(chunks.trainer);
  else if (first === 'print-guide') load(chunks.printGuide);
  else if (first === 'print') load(chunks.print);
  else load(chunks.home);
}
