import { lessonFrontmatter } from '../../../src/shared/content/lesson';
import type { CheckContext, Problem } from '../problem';

/** The line of `key:` in the frontmatter block, or 1 (the block itself). */
export function frontmatterLine(source: string, key: string | undefined): number {
  const lines = source.split('\n');
  const end = lines.indexOf('---', 1);
  for (let i = 1; key !== undefined && i < (end < 0 ? lines.length : end); i++) {
    if (lines[i]!.startsWith(`${key}:`)) return i + 1;
  }
  return 1;
}

/** Frontmatter matches the schema the app uses; compile errors are reported here too. */
export function checkFrontmatter({ lessons }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const lesson of lessons) {
    if (lesson.compileError) {
      problems.push({
        file: lesson.file,
        line: lesson.compileError.line,
        message: `does not compile: ${lesson.compileError.message}`,
      });
      continue;
    }
    const result = lessonFrontmatter.safeParse(lesson.frontmatter);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const key = issue.path[0] === undefined ? undefined : String(issue.path[0]);
      const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      problems.push({
        file: lesson.file,
        line: frontmatterLine(lesson.source, unknownKey ?? key),
        message: `frontmatter ${issue.path.join('.') || (unknownKey ?? '')}: ${issue.message}`.replace(/ +:/, ':'),
      });
    }
  }
  return problems;
}
