import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A mutant judged equivalent is marked where it lives, with the reason:
 * `// Stryker disable next-line <Mutator>[,<Mutator>…]: <why no test can tell it apart>`,
 * or a `disable` … `restore` pair around a few lines. Stryker then reports it as
 * Ignored. These rules keep the marks honest: a named mutator, a real reason, and
 * a range that ends.
 */
const ROOT = join(import.meta.dirname, '..');
const MUTATORS = new Set([
  'all',
  'ArithmeticOperator',
  'ArrayDeclaration',
  'ArrowFunction',
  'AssignmentOperator',
  'BlockStatement',
  'BooleanLiteral',
  'CallExpression',
  'ConditionalExpression',
  'EqualityOperator',
  'LogicalOperator',
  'MethodExpression',
  'ObjectLiteral',
  'OptionalChaining',
  'Regex',
  'StringLiteral',
  'UnaryOperator',
  'UpdateOperator',
]);
const MARK = /\/\/\s*Stryker (disable|restore)(?: (next-line))?\s*(.*)$/;
const DISABLE = /^([A-Za-z]+(?:,[A-Za-z]+)*):\s*(.*)$/;

interface Mark {
  where: string;
  kind: 'disable' | 'restore';
  nextLine: boolean;
  mutators: string[];
  reason: string;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every Stryker mark in a text, in order. */
export function marksOf(text: string, file: string): Mark[] {
  return text.split('\n').flatMap((line, index) => {
    const match = MARK.exec(line);
    if (!match) return [];
    const [, kind, nextLine, rest = ''] = match;
    const parsed = DISABLE.exec(rest.trim());
    return [
      {
        where: `${file}:${index + 1}`,
        kind: kind as Mark['kind'],
        nextLine: nextLine !== undefined,
        mutators: (parsed?.[1] ?? rest.trim()).split(',').filter(Boolean),
        reason: parsed?.[2] ?? '',
      },
    ];
  });
}

/** What is wrong with a file's marks, one sentence each. */
export function problemsOf(marks: Mark[]): string[] {
  const problems: string[] = [];
  const open = new Map<string, string>();
  for (const mark of marks) {
    const unknown = mark.mutators.filter((name) => !MUTATORS.has(name));
    if (mark.mutators.length === 0 || unknown.length > 0)
      problems.push(`${mark.where}: names no known mutator (${unknown.join(', ') || 'none'})`);
    if (mark.kind === 'disable' && mark.reason.length < 20)
      problems.push(`${mark.where}: says too little about why the mutant is equivalent`);
    if (mark.kind === 'restore' && mark.nextLine) problems.push(`${mark.where}: restore has no next-line form`);
    if (mark.kind === 'disable' && !mark.nextLine) open.set(mark.mutators.join(','), mark.where);
    if (mark.kind === 'restore' && !open.delete(mark.mutators.join(',')))
      problems.push(`${mark.where}: restores what was not disabled`);
  }
  for (const where of open.values()) problems.push(`${where}: disabled up to the end of the file (no restore)`);
  return problems;
}

describe('marks of equivalent mutants', () => {
  const files = sources(join(ROOT, 'src'));
  const all = files.map((file) => {
    const name = relative(ROOT, file);
    return { name, marks: marksOf(readFileSync(file, 'utf8'), name) };
  });

  it('each names its mutators, gives a reason, and a range ends with its restore', () => {
    expect(all.flatMap(({ marks }) => problemsOf(marks))).toEqual([]);
    expect(all.some(({ marks }) => marks.length > 0)).toBe(true);
  });

  it('are only in the folders that are mutated', () => {
    const outside = all.filter(
      ({ name, marks }) => marks.length > 0 && !/^src\/(shared|main\/db|main\/service)\//.test(name),
    );
    expect(outside.map(({ name }) => name)).toEqual([]);
  });

  it('a mark without a reason, with an unknown mutator or a range left open is reported', () => {
    const marks = marksOf(
      [
        '// Stryker disable next-line ConditionalExpression',
        '// Stryker disable next-line Conditional: a reason long enough to count',
        '// Stryker disable StringLiteral: the labels are never read by anyone',
      ].join('\n'),
      'x.ts',
    );
    expect(problemsOf(marks)).toEqual([
      'x.ts:1: says too little about why the mutant is equivalent',
      'x.ts:2: names no known mutator (Conditional)',
      'x.ts:3: disabled up to the end of the file (no restore)',
    ]);
  });
});
