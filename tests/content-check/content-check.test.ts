import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type Problem } from '../../build/content-check/index';

const FIXTURES = join('tests', 'content-check', 'fixtures');

async function check(name: string) {
  return checkContent({ dir: join(FIXTURES, name) });
}

/** Each problem as `file-name:line` and its message, so expectations stay short. */
function summary(problems: Problem[]) {
  return problems.map((p) => ({ at: `${p.file.split(/[\\/]/).pop()}:${p.line}`, message: p.message }));
}

describe('content:check on fixtures', () => {
  it('passes a lesson that uses every rule correctly (quotes, elision, labels, glossary, times, trainer notes)', async () => {
    expect(await check('good')).toEqual([]);
  });

  it.each([
    ['frontmatter', '01-bad.mdx:2', 'frontmatter id'],
    ['duration', '01.mdx:5', 'add up to 200 min'],
    ['no-compile', '01.mdx:13', 'Expected a closing tag for `<Illustrative>`'],
    ['metric-unknown', '01.mdx:13', 'métrique inconnue : « engagementRate »'],
    ['metric-refused', '01.mdx:13', '« marge brute » (grossMargin) est une fraction'],
    [
      'metric-zero',
      '01.mdx:13',
      'Division par zéro : les visites valent 0. Avec ces nombres, le taux de conversion n’est pas défini. (ranges: conversions=2, visits=0)',
    ],
    ['computed-prop', '01.mdx:13', 'prop inputs must be a literal: BinaryExpression'],
    ['misquote', '01.mdx:11', '<Source> quote is not in the source word for word'],
    ['unlabelled', '01.mdx:14', '1 800 is outside <Illustrative> and <Source>'],
    [
      'unlabelled-exercise',
      '01.mdx:13',
      '<MetricQuestion id="e1"> shows invented numbers: put it inside <Illustrative>',
    ],
    ['unknown-component', '01.mdx:13', 'unknown component <Quizz>'],
    ['bad-quiz', '01.mdx:11', '<Quiz> questions.0: answer : un indice ne correspond à aucun choix'],
  ])('%s: reports exactly one problem, at %s', async (name, at, message) => {
    const problems = summary(await check(name));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({ at, message: expect.stringContaining(message) });
  });

  it('names a needed argument missing from a MetricQuestion, and a {placeholder} it cannot fill', async () => {
    expect(summary(await check('metric-missing'))).toEqual([
      { at: '01.mdx:13', message: expect.stringContaining('{reach} ne correspond à aucun nombre de la question') },
      { at: '01.mdx:13', message: expect.stringContaining('Il manque la portée (reach)') },
    ]);
  });

  it('finds lesson and exercise ids used twice across files, naming where the first one is', async () => {
    expect(summary(await check('duplicate-ids'))).toEqual([
      { at: '02-b.mdx:2', message: expect.stringMatching(/lesson id "double" is already used by .*01-a\.mdx$/) },
      { at: '02-b.mdx:13', message: expect.stringMatching(/exercise id "meme-id" is already used at .*01-a\.mdx:11$/) },
    ]);
  });

  it('catches a source figure borrowed as illustrative data, however it is written (24 000, 24.000, 3000 in props)', async () => {
    expect(summary(await check('borrowed-figure'))).toEqual([
      { at: '01.mdx:13', message: expect.stringContaining('24 000 is a figure of the source') },
      { at: '01.mdx:15', message: expect.stringContaining('uses 3000, a figure of the source') },
      { at: '01.mdx:21', message: expect.stringContaining('24.000 is a figure of the source') },
    ]);
  });

  it('requires every term to be defined in the glossary and listed in the lesson', async () => {
    expect(summary(await check('glossary'))).toEqual([
      { at: '01.mdx:11', message: expect.stringContaining('term "portee" is used but not listed') },
      { at: '01.mdx:11', message: expect.stringContaining('"reach-inconnu" is not defined in content/glossary.json') },
      { at: '01.mdx:13', message: expect.stringContaining('"reach-inconnu" is not defined in content/glossary.json') },
    ]);
  });
});

describe('content:check on the real lessons', () => {
  it('finds no problem in the lessons the app loads (content/)', async () => {
    expect(await checkContent({ dir: 'content' })).toEqual([]);
  });
});

describe('content:check command', () => {
  const run = (dir: string) => {
    try {
      const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'build/content-check/cli.ts', dir], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { code: 0, stdout, stderr: '' };
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      return { code: failed.status, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  it('exits 1 and prints file:line: what', () => {
    const result = run(join(FIXTURES, 'unlabelled'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(FIXTURES, 'unlabelled', '01.mdx')}:14: 1 800 is outside <Illustrative>`);
  });

  it('exits 0 when every lesson passes', () => {
    const result = run(join(FIXTURES, 'good'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('1 lesson(s), OK');
  });
});
