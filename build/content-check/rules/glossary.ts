import type { CheckContext, Problem } from '../problem';

/**
 * Every `<Term id>` is defined in the glossary, and listed in its lesson's
 * `<Glossary terms={[…]} />` so attendees find the definition on the page.
 */
export function checkGlossary({ lessons, glossary, glossaryFile }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const lesson of lessons) {
    const listed = new Set<string>();
    let listing: number | undefined;
    for (const element of lesson.parts.elements) {
      if (element.name !== 'Glossary') continue;
      listing ??= element.line;
      const terms = element.props.terms;
      if (!Array.isArray(terms) || !terms.every((t) => typeof t === 'string')) {
        problems.push({ file: lesson.file, line: element.line, message: '<Glossary> needs terms={["id", …]}' });
        continue;
      }
      for (const id of terms) {
        listed.add(id);
        if (!glossary[id]) {
          problems.push({
            file: lesson.file,
            line: element.line,
            message: `glossary term "${id}" is not defined in ${glossaryFile}`,
          });
        }
      }
    }
    for (const element of lesson.parts.elements) {
      if (element.name !== 'Term') continue;
      const id = element.props.id;
      if (typeof id !== 'string') {
        problems.push({ file: lesson.file, line: element.line, message: '<Term> needs a literal id="…"' });
      } else if (!glossary[id]) {
        problems.push({
          file: lesson.file,
          line: element.line,
          message: `glossary term "${id}" is not defined in ${glossaryFile}`,
        });
      } else if (!listed.has(id)) {
        problems.push({
          file: lesson.file,
          line: element.line,
          message:
            listing === undefined
              ? `term "${id}" is used but the lesson has no <Glossary terms={[…]} /> listing`
              : `term "${id}" is used but not listed in the lesson's <Glossary> (line ${listing})`,
        });
      }
    }
  }
  return problems;
}
