import { bundleMDX } from 'mdx-bundler';
import { dirname, resolve } from 'node:path';

/** The parts of an mdast / MDX node the checker reads (positions are 1-based lines of the whole file). */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

export interface MdxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: EstreeNode } };
  data?: { estree?: EstreeNode };
  position?: { start: { line: number } };
}

/** The few ESTree shapes a literal prop can take; everything else is refused by `literal.ts`. */
export interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

export interface ParsedLesson {
  source: string;
  /** Null when the lesson does not compile; `compileError` then says why. */
  tree: MdxNode | null;
  frontmatter: Record<string, unknown>;
  compileError?: { line: number; message: string };
}

interface EsbuildLikeError {
  errors?: { text?: string; location?: { line?: number } | null; detail?: { cause?: { reason?: string } } }[];
  message?: string;
}

/** The MDX parser's own message (« Expected a closing tag … (13:1-13:15) ») and its line, else esbuild's. */
function describeCompileError(caught: unknown): { line: number; message: string } {
  const error = caught as EsbuildLikeError;
  const first = error.errors?.[0];
  const text = first?.detail?.cause?.reason ?? first?.text ?? error.message ?? String(caught);
  const line = Number(/\((\d+):\d+/.exec(text)?.[1] ?? 0) || first?.location?.line || 1;
  return { line, message: text.replace(/\s+/g, ' ').trim() };
}

/**
 * Compiles a lesson the way the app's build does (mdx-bundler) and keeps the
 * MDX syntax tree, so every rule works on what the build really sees.
 */
export async function parseLesson(file: string, source: string): Promise<ParsedLesson> {
  let tree: MdxNode | null = null;
  try {
    const result = await bundleMDX({
      source,
      cwd: dirname(resolve(file)),
      // esbuild prints its own copy of every error; the checker reports them itself.
      esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
      mdxOptions(options) {
        const capture = () => (root: MdxNode) => {
          tree = root;
        };
        options.remarkPlugins = [...(options.remarkPlugins ?? []), capture];
        return options;
      },
    });
    return { source, tree, frontmatter: result.frontmatter as Record<string, unknown> };
  } catch (caught) {
    return { source, tree, frontmatter: {}, compileError: describeCompileError(caught) };
  }
}

export function isElement(node: MdxNode): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

export function lineOf(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1;
}
