import { describe, expect, it } from 'vitest';
import { maxBodyBytes } from '../../src/shared/api';
import { PROFILE_NAME_MAX, REVISION_MAX, isWithinAnswerSize } from '../../src/shared/api/schemas';
import { EXERCISES, LESSON_IDS } from '../../src/shared/content/manifest';
import { FUNNEL_MAX_STEPS } from '../../src/shared/metrics';
import type { AnswerValue } from '../../src/shared/exercises/kinds';
import { QUIZ_MAX_CHOICES, QUIZ_MAX_QUESTIONS } from '../../src/shared/exercises/quiz';
import { REFLECTION_MAX_LENGTH } from '../../src/shared/exercises/reflection';
import {
  ACTION_PLAN_ACTION_MAX,
  ACTION_PLAN_CHANNELS,
  ACTION_PLAN_OBJECTIVE_MAX,
  ACTION_PLAN_OTHER_CHANNEL_MAX,
} from '../../src/shared/exercises/action-plan';
import {
  BUDGET_CONCLUSION_MAX_LENGTH,
  BUDGET_MAX_CHANNELS,
  BUDGET_NAME_MAX_LENGTH,
} from '../../src/shared/exercises/budget';
import { INPUT_LABELS } from '../../src/shared/exercises/grading/index';
import {
  METRIC_QUESTION_MAX_ATTEMPTS,
  METRIC_QUESTION_MAX_INPUTS,
  METRIC_TYPED_MAX_LENGTH,
} from '../../src/shared/exercises/metric-question';
import {
  CMWB_MAX_BYTES,
  CMWB_MAX_PROFILES,
  maxFileBytes,
  type CmwbContent,
} from '../../src/shared/workbook-file/schema';
import { parseWorkbookFile, sealWorkbook, workbookText } from '../../src/main/service/workbook-file';
import { ANSWER_MAX_BYTES } from '../../src/shared/workbook-file/answer-size';
import { canonicalJson } from '../../src/shared/workbook-file/canonical';
import { useService } from '../support/service';

const start = useService();

/** The longest JSON of a number the answers take (≤ 10^12, not negative). */
const LONG_NUMBER = 0.0000012345678901234567;

/** The longest answer of each kind the schemas accept: a new kind needs one here. */
const LONGEST: { [K in AnswerValue['kind']]: Extract<AnswerValue, { kind: K }> } = {
  funnel: { kind: 'funnel', counts: Array(FUNNEL_MAX_STEPS).fill(0.0000012345678901234567) },
  quiz: {
    kind: 'quiz',
    questions: Array.from({ length: QUIZ_MAX_QUESTIONS }, () => ({
      chosen: Array.from({ length: QUIZ_MAX_CHOICES }, (_, i) => i),
      correct: false,
    })),
    score: 0,
  },
  reflection: { kind: 'reflection', text: '€'.repeat(REFLECTION_MAX_LENGTH) },
  'metric-question': {
    kind: 'metric-question',
    metric: 'engagementRateByImpressions',
    inputs: Object.fromEntries(
      Object.keys(INPUT_LABELS)
        .sort((a, b) => b.length - a.length)
        .slice(0, METRIC_QUESTION_MAX_INPUTS)
        .map((name) => [name, LONG_NUMBER]),
    ),
    attempts: Array.from({ length: METRIC_QUESTION_MAX_ATTEMPTS }, () => ({
      typed: '€'.repeat(METRIC_TYPED_MAX_LENGTH),
      verdict: 'mistake' as const,
      mistake: 'fraction-not-percent' as const,
      at: '2099-12-31T23:59:59.12345678901Z',
    })),
    tries: 1_000_000,
  },
  budget: {
    kind: 'budget',
    channels: Array.from({ length: BUDGET_MAX_CHANNELS }, () => ({
      name: '€'.repeat(BUDGET_NAME_MAX_LENGTH),
      monthlyCost: LONG_NUMBER,
      impressions: LONG_NUMBER,
      ctr: LONG_NUMBER,
      conversionRate: LONG_NUMBER,
    })),
    averageOrderValue: LONG_NUMBER,
    grossMargin: LONG_NUMBER,
    split: LONG_NUMBER,
    conclusion: '€'.repeat(BUDGET_CONCLUSION_MAX_LENGTH),
  },
  'action-plan': {
    kind: 'action-plan',
    objective: '€'.repeat(ACTION_PLAN_OBJECTIVE_MAX),
    kpi: 'engagementRateByImpressions',
    current: LONG_NUMBER,
    target: LONG_NUMBER,
    channels: [...ACTION_PLAN_CHANNELS],
    otherChannel: '€'.repeat(ACTION_PLAN_OTHER_CHANNEL_MAX),
    deadline: '2099-12-31',
    actions: [
      '€'.repeat(ACTION_PLAN_ACTION_MAX),
      '€'.repeat(ACTION_PLAN_ACTION_MAX),
      '€'.repeat(ACTION_PLAN_ACTION_MAX),
    ],
  },
};

const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
// The longest time the schema takes (ISO_TIME_MAX): 11 digits of fraction.
const LONG_TIME = '2099-12-31T23:59:59.12345678901Z';
const threeBytes = (n: number) => '€'.repeat(n);

/** Every maximum at once: 5 000 attendees, 80-character names, every exercise answered at its longest. */
function worstCase(): CmwbContent {
  return {
    format: 'cmwb',
    schemaVersion: 1,
    exportedAt: LONG_TIME,
    session: {
      title: threeBytes(120),
      date: '2099-12-31',
      place: threeBytes(80),
      trainer: threeBytes(80),
      organiser: threeBytes(120),
      lessons: [...LESSON_IDS],
      durationHours: 0.1234567890123456 + 1,
    },
    profiles: Array.from({ length: CMWB_MAX_PROFILES }, (_, i) => ({
      id: uuid(i),
      name: threeBytes(PROFILE_NAME_MAX),
      createdAt: LONG_TIME,
      answers: EXERCISES.map(({ id, kind }) => ({
        exerciseId: id,
        value: LONGEST[kind],
        revision: REVISION_MAX,
        updatedAt: LONG_TIME,
      })),
    })),
  };
}

describe('the .cmwb size limit is what export can write', () => {
  it('refuses an answer longer than its kind allows', () => {
    // 4 000 characters the schema takes, each escaped to six bytes in JSON.
    const escaped = { kind: 'reflection' as const, text: '\u0001'.repeat(REFLECTION_MAX_LENGTH) };
    expect(isWithinAnswerSize(escaped)).toBe(false);
    expect(isWithinAnswerSize(LONGEST.reflection)).toBe(true);
  });

  it('sizes each kind of answer at its longest', () => {
    for (const [kind, value] of Object.entries(LONGEST)) {
      expect(isWithinAnswerSize(value), kind).toBe(true);
      const bytes = Buffer.byteLength(canonicalJson(value));
      expect(bytes, kind).toBeLessThanOrEqual(ANSWER_MAX_BYTES[kind as AnswerValue['kind']]);
      expect(bytes, kind).toBeGreaterThan(0.97 * ANSWER_MAX_BYTES[kind as AnswerValue['kind']]);
    }
  });

  it('holds the biggest file the schema allows, closely, and the hosts take it', async () => {
    const text = workbookText(sealWorkbook(worstCase()));
    const bytes = Buffer.byteLength(text);
    const bound = maxFileBytes(EXERCISES, LESSON_IDS);
    expect(bytes).toBeLessThanOrEqual(bound);
    expect(bytes).toBeGreaterThan(0.95 * bound);
    expect(bytes).toBeLessThanOrEqual(CMWB_MAX_BYTES);
    expect(parseWorkbookFile(text).profiles).toHaveLength(CMWB_MAX_PROFILES);
    for (const method of ['workbook.preview', 'workbook.import'] as const) {
      expect(maxBodyBytes(method)).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify({ content: text })));
    }
  });

  it('imports the most attendees a workbook holds, with every exercise answered, exports them and imports them again', async () => {
    const first = start();
    const content = worstCase();
    expect(await first.value('workbook.import', { content: workbookText(sealWorkbook(content)) })).toMatchObject({
      profiles: { new: CMWB_MAX_PROFILES },
      answers: { new: CMWB_MAX_PROFILES * EXERCISES.length },
    });
    const exported = await first.value<{ content: string }>('workbook.export', {});
    expect(exported.content).not.toMatch(/\n/);
    const second = start();
    expect(await second.value('workbook.import', { content: exported.content })).toMatchObject({
      profiles: { new: CMWB_MAX_PROFILES },
      answers: { new: CMWB_MAX_PROFILES * EXERCISES.length },
    });
  });
});
