import { programmeMinutes } from '../../shared/content/programme';
import { formatDuration } from '../../shared/format/index';
import { t } from '../i18n/fr';
import { findLesson, lessons } from '../lessons';

/**
 * Which lessons the day has, in which order, and how long they take: ticked
 * ones first, in their order, each with its duration, and their total.
 */
export function LessonPicker({
  selected,
  onChange,
  legend = t.lessonsLegend,
  error,
}: {
  selected: string[];
  onChange: (ids: string[]) => void;
  legend?: string;
  error?: string | undefined;
}) {
  const unticked = lessons.map((lesson) => lesson.frontmatter.id).filter((id) => !selected.includes(id));
  const move = (index: number, by: -1 | 1) => {
    const next = [...selected];
    const [id] = next.splice(index, 1);
    next.splice(index + by, 0, id!);
    onChange(next);
  };
  const toggle = (id: string) => onChange(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  const minutes = programmeMinutes(
    selected.flatMap((id) => {
      const lesson = findLesson(id);
      return lesson ? [lesson.frontmatter] : [];
    }),
  );
  return (
    <fieldset className="lesson-picker-set" aria-describedby="lesson-picker-total">
      <legend>{legend}</legend>
      <ol className="lesson-picker">
        {[...selected, ...unticked].map((id, index) => {
          const lesson = findLesson(id);
          const title = lesson?.frontmatter.title ?? id;
          const ticked = index < selected.length;
          return (
            <li key={id} data-ticked={ticked || undefined}>
              <span className="lesson-picker-choice">
                <input id={`lesson-${id}`} type="checkbox" checked={ticked} onChange={() => toggle(id)} />
                <label htmlFor={`lesson-${id}`}>{title}</label>
              </span>
              {lesson ? (
                <span className="lesson-picker-duration muted">{formatDuration(lesson.frontmatter.durationMin)}</span>
              ) : null}
              {ticked ? (
                <span className="lesson-picker-moves">
                  <button
                    type="button"
                    className="secondary icon"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={t.moveUp(title)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="secondary icon"
                    disabled={index === selected.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={t.moveDown(title)}
                  >
                    ↓
                  </button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p id="lesson-picker-total" className="lesson-picker-total" data-testid="lessons-total">
        {t.lessonsTotal(formatDuration(minutes))}
      </p>
      {error ? (
        <p role="alert" className="field-error" data-testid="lessons-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
