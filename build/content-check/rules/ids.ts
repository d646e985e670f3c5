import { lessonFrontmatter } from '../../../src/shared/content/lesson';
import { EXERCISE_ID, EXERCISE_NAMES } from '../known-components';
import type { CheckContext, Problem } from '../problem';
import { frontmatterLine } from './frontmatter';

/** Lesson ids and exercise ids key saved answers: unique across every lesson, and well formed. */
export function checkIds({ lessons }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const lessonIds = new Map<string, string>();
  const exerciseIds = new Map<string, string>();
  for (const lesson of lessons) {
    const frontmatter = lessonFrontmatter.safeParse(lesson.frontmatter);
    if (frontmatter.success) {
      const id = frontmatter.data.id;
      const first = lessonIds.get(id);
      if (first) {
        problems.push({
          file: lesson.file,
          line: frontmatterLine(lesson.source, 'id'),
          message: `lesson id "${id}" is already used by ${first}`,
        });
      } else lessonIds.set(id, lesson.file);
    }
    for (const element of lesson.parts.elements) {
      if (!EXERCISE_NAMES.has(element.name)) continue;
      const id = element.props.id;
      const where = `${lesson.file}:${element.line}`;
      if (typeof id !== 'string') {
        problems.push({ file: lesson.file, line: element.line, message: `<${element.name}> needs a literal id="…"` });
        continue;
      }
      if (!EXERCISE_ID.test(id)) {
        problems.push({
          file: lesson.file,
          line: element.line,
          message: `exercise id "${id}" must be 1–64 characters of a-z, 0-9 and -`,
        });
      }
      const first = exerciseIds.get(id);
      if (first) {
        problems.push({
          file: lesson.file,
          line: element.line,
          message: `exercise id "${id}" is already used at ${first}`,
        });
      } else exerciseIds.set(id, where);
    }
  }
  return problems;
}
