import { describe, expect, it } from 'vitest';
import {
  lastGraded,
  METRIC_QUESTION_MAX_INPUTS,
  metricQuestionAnswer,
  metricQuestionKind,
  metricQuestionProps,
  questionOf,
  verdictName,
  type MetricAttempt,
  type MetricQuestionAnswer,
} from './metric-question';

const at = '2026-05-02T09:00:00.000Z';
const tried = (
  typed: string,
  verdict: MetricAttempt['verdict'],
  mistake?: MetricAttempt['mistake'],
): MetricAttempt => ({
  typed,
  verdict,
  ...(mistake ? { mistake } : {}),
  at,
});
const answerOf = (attempts: MetricAttempt[], tries = attempts.length): MetricQuestionAnswer => ({
  kind: 'metric-question',
  metric: 'cpc',
  inputs: { spend: 500, clicks: 250 },
  attempts,
  tries,
});

/** Eight distinct input names, then a ninth. */
const NAMES = ['followers', 'reach', 'impressions', 'engagements', 'clicks', 'visits', 'conversions', 'spend', 'cost'];
const numbersFor = (names: string[]) => Object.fromEntries(names.map((name, i) => [name, i + 1]));
const props = (extra: Record<string, unknown>) => ({ id: 'q', metric: 'cpc', prompt: 'Le CPC ?', ...extra });
const messagesOf = (value: unknown, schema: { safeParse(v: unknown): { error?: { issues: { message: string }[] } } }) =>
  schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('metric-question props', () => {
  it('leaves a non-object list of numbers to zod’s own message, not the unknown-name one', () => {
    const [message] = messagesOf(props({ inputs: 'abc' }), metricQuestionProps);
    expect(message).toBeDefined();
    expect(message).not.toMatch(/donnée inconnue/);
  });

  it('names an unknown metric and lists the known ones', () => {
    const [message] = messagesOf(props({ metric: 'ctr', inputs: { clicks: 1 } }), metricQuestionProps);
    expect(message).toMatch(/^métrique inconnue : « ctr »\. Métriques possibles : engagementRateByReach, /);
    expect(message).toMatch(/, customerLifetimeValue\.$/);
  });

  it('names the unknown inputs and lists the known ones', () => {
    const [message] = messagesOf(props({ inputs: { spend: 1, budget: 2, bonus: 3 } }), metricQuestionProps);
    expect(message).toMatch(/^donnée inconnue : budget, bonus\. Données possibles : followers, reach, /);
    expect(message).toMatch(/, years\.$/);
  });

  it(`shows at most ${METRIC_QUESTION_MAX_INPUTS} numbers, fixed, drawn or both together`, () => {
    const eight = NAMES.slice(0, METRIC_QUESTION_MAX_INPUTS);
    const tooMany = `Une question montre au plus ${METRIC_QUESTION_MAX_INPUTS} nombres.`;
    expect(metricQuestionProps.safeParse(props({ inputs: numbersFor(eight) })).success).toBe(true);
    expect(messagesOf(props({ inputs: numbersFor(NAMES) }), metricQuestionProps)).toContain(tooMany);

    const range = { min: 1, max: 5 };
    const split = (names: string[], fixed: number) => ({
      inputs: numbersFor(names.slice(0, fixed)),
      ranges: Object.fromEntries(names.slice(fixed).map((name) => [name, range])),
    });
    expect(metricQuestionProps.safeParse(props(split(eight, 4))).success).toBe(true);
    expect(metricQuestionProps.safeParse(props(split(NAMES, 5))).error?.issues).toMatchObject([
      { code: 'custom', path: [], message: tooMany },
    ]);
  });

  it('accepts a range of one value and refuses one whose minimum is above its maximum', () => {
    expect(metricQuestionProps.safeParse(props({ ranges: { spend: { min: 7, max: 7 } } })).success).toBe(true);
    expect(messagesOf(props({ ranges: { spend: { min: 8, max: 7 } } }), metricQuestionProps)).toEqual([
      'Le minimum dépasse le maximum.',
    ]);
  });

  it('needs numbers, fixed or drawn', () => {
    expect(messagesOf(props({}), metricQuestionProps)).toEqual([
      'Donnez les nombres de la question : inputs={{…}} ou ranges={{…}}.',
    ]);
    expect(metricQuestionProps.safeParse(props({ inputs: { spend: 1 } })).success).toBe(true);
    expect(metricQuestionProps.safeParse(props({ ranges: { spend: { min: 1, max: 2 } } })).success).toBe(true);
  });

  it('refuses a number both fixed and drawn', () => {
    const both = props({ inputs: { spend: 1, clicks: 2 }, ranges: { clicks: { min: 1, max: 2 } } });
    expect(messagesOf(both, metricQuestionProps)).toEqual(['Un nombre est à la fois dans inputs et dans ranges.']);
  });

  it('refuses a placeholder in the prompt that names no number of the question', () => {
    const question = props({
      prompt: '{spend} MAD pour {clicks} clics, {reach} vues et {x}',
      inputs: { spend: 1 },
      ranges: { clicks: { min: 1, max: 2 } },
    });
    const issues = metricQuestionProps.safeParse(question).error?.issues ?? [];
    expect(issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      ['custom', ['prompt'], '{reach} ne correspond à aucun nombre de la question.'],
      ['custom', ['prompt'], '{x} ne correspond à aucun nombre de la question.'],
    ]);
    const shown = props({
      prompt: '{spend} MAD pour {clicks} clics',
      inputs: { spend: 1 },
      ranges: { clicks: { min: 1, max: 2 } },
    });
    expect(metricQuestionProps.safeParse(shown).success).toBe(true);
  });
});

describe('metric-question answer', () => {
  it(`keeps at most ${METRIC_QUESTION_MAX_INPUTS} numbers`, () => {
    const answer = answerOf([tried('2', 'correct')]);
    const eight = NAMES.slice(0, METRIC_QUESTION_MAX_INPUTS);
    expect(metricQuestionAnswer.safeParse({ ...answer, inputs: numbersFor(eight) }).success).toBe(true);
    expect(messagesOf({ ...answer, inputs: numbersFor(NAMES) }, metricQuestionAnswer)).toEqual([
      `Une question montre au plus ${METRIC_QUESTION_MAX_INPUTS} nombres.`,
    ]);
  });

  it('counts at least as many tries as the attempts it keeps', () => {
    const attempts = [tried('1', 'incorrect'), tried('2', 'correct')];
    expect(metricQuestionAnswer.safeParse(answerOf(attempts, 2)).success).toBe(true);
    expect(messagesOf(answerOf(attempts, 1), metricQuestionAnswer)).toEqual(['Le nombre d’essais est incohérent.']);
  });
});

describe('reading a metric-question answer', () => {
  it('has no graded attempt without an answer or with only unreadable text', () => {
    expect(lastGraded(undefined)).toBeUndefined();
    expect(lastGraded(answerOf([tried('beaucoup', 'invalid')]))).toBeUndefined();
    const graded = tried('3', 'incorrect');
    expect(lastGraded(answerOf([tried('1', 'correct'), graded, tried('?', 'invalid')]))).toBe(graded);
  });

  it('hands the grader only the numbers that are there', () => {
    const saved = {
      metric: 'cpc' as const,
      inputs: { spend: 500, clicks: undefined, bogus: 3 } as MetricQuestionAnswer['inputs'],
    };
    const question = questionOf(saved);
    expect(question).toStrictEqual({ metric: 'cpc', inputs: { spend: 500 } });
  });

  it('names every verdict in French', () => {
    expect(verdictName(tried('2', 'correct'))).toBe('juste');
    expect(verdictName(tried('2', 'mistake', 'inverted-ratio'))).toBe('erreur : division inversée');
    expect(verdictName(tried('2', 'incorrect'))).toBe('faux');
    expect(verdictName(tried('deux', 'invalid'))).toBe('illisible');
  });

  it('sums up the last unreadable text while nothing was graded, and scores it zero', () => {
    const unread = answerOf([tried('beaucoup', 'invalid'), tried('trop', 'invalid')]);
    expect(metricQuestionKind.summarize(unread)).toBe('« trop » (illisible) ; 2 essais');
    expect(metricQuestionKind.summarize(answerOf([tried('rien', 'invalid')]))).toBe('« rien » (illisible) ; 1 essai');
    expect(metricQuestionKind.score(unread)).toEqual({ points: 0, max: 1 });
    expect(metricQuestionKind.isDone(unread)).toBe(false);
  });

  it('sums up the last graded attempt, not unreadable text typed after it', () => {
    const answer = answerOf([tried('2', 'correct'), tried('n’importe', 'invalid')], 1234);
    expect(metricQuestionKind.summarize(answer)).toBe('« 2 » (juste) ; 1\u202f234 essais');
    expect(metricQuestionKind.score(answer)).toEqual({ points: 1, max: 1 });
    expect(metricQuestionKind.isDone(answer)).toBe(true);
  });
});
