import { findLesson, loadLesson } from '../lessons';
import { lazyPage } from './lazy-page';

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

export const HomePage = lazyPage(chunks.home, 'HomePage');
export const WorkbookPage = lazyPage(chunks.workbook, 'WorkbookPage');
export const LessonPage = lazyPage(chunks.lesson, 'LessonPage');
export const TrainerPage = lazyPage(chunks.trainer, 'TrainerPage');
export const TrainerGuidePage = lazyPage(chunks.guide, 'TrainerGuidePage');
export const PrintPage = lazyPage(chunks.print, 'PrintPage');
export const PrintGuidePage = lazyPage(chunks.printGuide, 'PrintGuidePage');

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
  const [first, second, third, fourth] = hash.replace(/^#/, '').split('/').filter(Boolean);
  const load = (page: { preload(): Promise<unknown> }) => void page.preload().catch(() => undefined);
  if (first === 'p' && third === 'lessons') {
    load(LessonPage);
    preloadText(fourth);
  } else if (first === 'p') load(WorkbookPage);
  else if (first === 'trainer' && second === 'guide') {
    load(TrainerGuidePage);
    preloadText(third);
  } else if (first === 'trainer') load(TrainerPage);
  else if (first === 'print-guide') load(PrintGuidePage);
  else if (first === 'print') load(PrintPage);
  else load(HomePage);
}
