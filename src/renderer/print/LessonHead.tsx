import { formatDuration } from '../../shared/format/index';
import type { Lesson } from '../lessons';
import { printStrings as p } from './print-strings';

export const lessonAnchor = (lesson: Lesson) => `lesson-${lesson.frontmatter.id}`;

/** A lesson's opening, on a new page: its number, title, length and objectives. */
export function LessonHead({ lesson, number }: { lesson: Lesson; number: number }) {
  const { title, durationMin, objectives, lang } = lesson.frontmatter;
  return (
    <>
      <header
        className="print-lesson-head"
        data-break-before="page"
        data-keep-with-next
        data-toc-anchor={lessonAnchor(lesson)}
        lang={lang}
      >
        <p className="print-lesson-kicker">
          {p.lessonNumber(number)} · {p.lessonDuration(formatDuration(durationMin))}
        </p>
        <h1>{title}</h1>
      </header>
      <section className="print-objectives" data-print-keep>
        <h2>{p.objectives}</h2>
        <ul>
          {objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
