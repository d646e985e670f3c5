import { t } from '../i18n/fr';
import { findLesson, lessons } from '../lessons';

/** Which lessons the day has, in which order: ticked ones first, in their order. */
export function LessonPicker({ selected, onChange }: { selected: string[]; onChange: (ids: string[]) => void }) {
  const unticked = lessons.map((lesson) => lesson.frontmatter.id).filter((id) => !selected.includes(id));
  const move = (index: number, by: -1 | 1) => {
    const next = [...selected];
    const [id] = next.splice(index, 1);
    next.splice(index + by, 0, id!);
    onChange(next);
  };
  const toggle = (id: string) => onChange(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  return (
    <fieldset>
      <legend>{t.lessonsLegend}</legend>
      <ol className="lesson-picker">
        {[...selected, ...unticked].map((id, index) => {
          const title = findLesson(id)?.frontmatter.title ?? id;
          const ticked = index < selected.length;
          return (
            <li key={id}>
              <input id={`lesson-${id}`} type="checkbox" checked={ticked} onChange={() => toggle(id)} />
              <label htmlFor={`lesson-${id}`}>{title}</label>{' '}
              {ticked ? (
                <>
                  <button
                    type="button"
                    className="secondary"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={t.moveUp(title)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={index === selected.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={t.moveDown(title)}
                  >
                    ↓
                  </button>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
