import { glossary } from './glossary-data';
import { lessonStrings as s } from './lesson-strings';

/** The definitions of the terms a lesson uses, at its end. */
export function Glossary({ terms }: { terms: readonly string[] }) {
  return (
    <section className="glossary" aria-label={s.glossary}>
      <h2>{s.glossary}</h2>
      <dl>
        {terms.map((id) => (
          <div key={id}>
            <dt>{glossary[id]?.term ?? id}</dt>
            <dd>{glossary[id]?.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
