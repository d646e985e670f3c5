import { lessonFrontmatter } from '../../../src/shared/content/lesson';
import type { CheckContext, Problem } from '../problem';
import { frontmatterLine } from './frontmatter';

/** A training day: 5 h 30 to 7 h of lessons. */
export const DAY_MIN = 330;
export const DAY_MAX = 420;

export function checkDuration({ lessons }: CheckContext): Problem[] {
  const timed = lessons.flatMap((lesson) => {
    const parsed = lessonFrontmatter.safeParse(lesson.frontmatter);
    return parsed.success ? [{ lesson, minutes: parsed.data.durationMin }] : [];
  });
  const last = timed[timed.length - 1];
  if (!last) return [];
  const total = timed.reduce((sum, { minutes }) => sum + minutes, 0);
  if (total >= DAY_MIN && total <= DAY_MAX) return [];
  return [
    {
      file: last.lesson.file,
      line: frontmatterLine(last.lesson.source, 'durationMin'),
      message: `the lessons add up to ${total} min (${timed.map((t) => t.minutes).join(' + ')}); a day is ${DAY_MIN}–${DAY_MAX} min (5 h 30 – 7 h)`,
    },
  ];
}
