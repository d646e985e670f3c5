import { CONTENT_NAMES, EXERCISE_NAMES } from '../known-components';
import type { CheckContext, Problem } from '../problem';

/**
 * Every capitalised element is a component the app passes to MDX (a typo
 * would only fail when the page is opened), and exercise props are literals
 * so this checker, and a reader, can see every number an attendee will see.
 */
export function checkComponents({ lessons }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const lesson of lessons) {
    for (const element of lesson.parts.elements) {
      const isHtml = /^[a-z]/.test(element.name);
      if (!isHtml && !EXERCISE_NAMES.has(element.name) && !CONTENT_NAMES.has(element.name)) {
        problems.push({ file: lesson.file, line: element.line, message: `unknown component <${element.name}>` });
        continue;
      }
      if (isHtml) continue;
      for (const prop of element.computed) {
        problems.push({
          file: lesson.file,
          line: prop.line,
          message: `<${element.name}> prop ${prop.name} must be a literal: ${prop.reason}`,
        });
      }
    }
  }
  return problems;
}
