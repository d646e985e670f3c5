import { attributeValue, NotLiteralError, type Literal } from './literal';
import { isElement, lineOf, type MdxNode } from './mdx-tree';

/** One JSX element of a lesson with its props read statically. */
export interface Element {
  name: string;
  line: number;
  props: Record<string, Literal>;
  /** Props that are not literals (or spreads), with why: exercises must not have any. */
  computed: { name: string; line: number; reason: string }[];
  /** Names of the JSX elements around this one, outermost first. */
  ancestors: string[];
}

/** A run of prose (a text node), with the JSX elements it sits in. */
export interface Prose {
  text: string;
  line: number;
  ancestors: string[];
}

export interface LessonParts {
  elements: Element[];
  prose: Prose[];
}

/** Flattens a lesson's tree into its elements and its prose; code, YAML and ESM are not prose. */
export function lessonParts(tree: MdxNode): LessonParts {
  const parts: LessonParts = { elements: [], prose: [] };
  const visit = (node: MdxNode, ancestors: string[]) => {
    if (node.type === 'text' && node.value) {
      parts.prose.push({ text: node.value, line: lineOf(node), ancestors });
      return;
    }
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml') return;
    let inside = ancestors;
    if (isElement(node) && node.name) {
      parts.elements.push(readElement(node, ancestors));
      inside = [...ancestors, node.name];
    }
    node.children?.forEach((child) => visit(child, inside));
  };
  visit(tree, []);
  return parts;
}

function readElement(node: MdxNode, ancestors: string[]): Element {
  const element: Element = { name: node.name ?? '', line: lineOf(node), props: {}, computed: [], ancestors };
  for (const attribute of node.attributes ?? []) {
    const line = attribute.position?.start.line ?? element.line;
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      element.computed.push({ name: '{...}', line, reason: 'spread props are computed' });
      continue;
    }
    try {
      element.props[attribute.name] = attributeValue(attribute);
    } catch (error) {
      if (!(error instanceof NotLiteralError)) throw error;
      element.computed.push({ name: attribute.name, line, reason: error.message });
    }
  }
  return element;
}
