import type { EstreeNode, MdxAttribute } from './mdx-tree';

export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

/** Thrown when a prop is not a literal the checker (and a reader) can see in the file. */
export class NotLiteralError extends Error {}

/**
 * Reads a JSX attribute value without running anything: strings, numbers,
 * booleans, null, negative numbers, template strings without `${}`, and
 * arrays / objects of those. Anything computed is refused.
 */
export function attributeValue(attribute: MdxAttribute): Literal {
  const value = attribute.value;
  if (value === null || value === undefined) return true; // <X flag />
  if (typeof value === 'string') return value;
  const program = value.data?.estree;
  if (!program) throw new NotLiteralError(`{${value.value}} is not a literal`);
  const body = program.body as EstreeNode[] | undefined;
  const statement = body?.[0];
  if (body?.length !== 1 || statement?.type !== 'ExpressionStatement') {
    throw new NotLiteralError(`{${value.value}} is not a single literal expression`);
  }
  return evaluate(statement.expression as EstreeNode);
}

function evaluate(node: EstreeNode): Literal {
  switch (node.type) {
    case 'Literal': {
      const v = node.value;
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
      throw new NotLiteralError('regular expressions and bigints are not allowed');
    }
    case 'UnaryExpression': {
      const argument = evaluate(node.argument as EstreeNode);
      if (node.operator === '-' && typeof argument === 'number') return -argument;
      throw new NotLiteralError(`operator ${String(node.operator)} is not allowed`);
    }
    case 'TemplateLiteral': {
      const quasis = node.quasis as { value: { cooked: string } }[];
      if ((node.expressions as unknown[]).length > 0) throw new NotLiteralError('template with ${…} is computed');
      return quasis.map((q) => q.value.cooked).join('');
    }
    case 'ArrayExpression':
      return (node.elements as (EstreeNode | null)[]).map((element) => {
        if (!element || element.type === 'SpreadElement') throw new NotLiteralError('holes and spreads are computed');
        return evaluate(element);
      });
    case 'ObjectExpression': {
      const result: { [key: string]: Literal } = {};
      for (const property of node.properties as EstreeNode[]) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init') {
          throw new NotLiteralError('spreads, computed keys and getters are not allowed');
        }
        const key = property.key as EstreeNode;
        const name = key.type === 'Identifier' ? key.name : key.value;
        if (typeof name !== 'string' && typeof name !== 'number') throw new NotLiteralError('unsupported key');
        result[String(name)] = evaluate(property.value as EstreeNode);
      }
      return result;
    }
    default:
      throw new NotLiteralError(`${node.type} is computed, write the value itself`);
  }
}
