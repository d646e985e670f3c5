import type { ExerciseComponent, ExerciseRef } from '../src/shared/content/lesson';
import { EXERCISE_COMPONENTS } from '../src/shared/content/lesson';

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

/**
 * A remark plugin that lists the exercise components a lesson uses, with
 * their ids, so the build knows every exercise without running the lesson.
 * An exercise without a literal string id is a build error: ids key answers.
 */
export function collectExercises(into: ExerciseRef[], file: string) {
  return () => (tree: MdxNode) => {
    const visit = (node: MdxNode) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
        if ((EXERCISE_COMPONENTS as readonly string[]).includes(node.name)) {
          const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
          if (typeof id !== 'string') {
            throw new Error(`${file}:${node.position?.start.line ?? '?'}: <${node.name}> needs a literal id="…"`);
          }
          into.push({ component: node.name as ExerciseComponent, id });
        }
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
