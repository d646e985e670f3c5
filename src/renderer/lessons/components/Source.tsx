import { SOURCE_REFERENCE } from '../../../shared/content/source';
import { lessonStrings as s } from './lesson-strings';

/**
 * A quotation from the source interview, word for word (`npm run content:check`
 * compares it with content/sources/), with its reference. `inline` sets it in
 * the sentence; otherwise it is a block quotation.
 */
export function Source({ quote, inline = false }: { quote: string; inline?: boolean }) {
  if (inline) {
    return (
      <q className="source-quote" title={`${s.sourceLabel} : ${SOURCE_REFERENCE}`}>
        {quote}
      </q>
    );
  }
  return (
    <figure className="source">
      <blockquote>
        <p>« {quote} »</p>
      </blockquote>
      <figcaption>
        {s.sourceLabel} : {SOURCE_REFERENCE}.
      </figcaption>
    </figure>
  );
}
