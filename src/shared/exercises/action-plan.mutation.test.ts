import { describe, expect, it } from 'vitest';
import {
  actionPlanAnswer,
  actionPlanKind,
  deadlineProblem,
  emptyActionPlan,
  kpiText,
  missingFields,
  type ActionPlanAnswer,
} from './action-plan';

const NNBSP = '\u202f';
const fullPlan = (): ActionPlanAnswer => ({
  kind: 'action-plan',
  objective: 'Vendre plus en ligne',
  kpi: 'conversionRate',
  current: 0.02,
  target: 0.03,
  channels: ['Instagram'],
  otherChannel: '',
  deadline: '2026-09-30',
  actions: ['Publier', 'Mesurer', 'Ajuster'],
});
const messagesOf = (plan: unknown) =>
  actionPlanAnswer.safeParse(plan).error?.issues.map((issue) => issue.message) ?? [];

describe('the deadline of an action plan', () => {
  it('asks for a date when none is given', () => {
    expect(deadlineProblem('')).toBe('Indiquez une date.');
  });

  it('refuses a day written otherwise than YYYY-MM-DD, even one the calendar reads back', () => {
    expect(deadlineProblem('+010000-01')).toBe('Cette date n’existe pas : choisissez un jour du calendrier.');
    expect(deadlineProblem('2026-9-30')).toBe('Cette date n’existe pas : choisissez un jour du calendrier.');
  });

  it('takes the first day of 2000 and the last of 2100, not the days beyond', () => {
    expect(deadlineProblem('2000-01-01')).toBeNull();
    expect(deadlineProblem('2100-12-31')).toBeNull();
    expect(deadlineProblem('1999-12-31')).toBe('Choisissez une date entre 2000 et 2100.');
  });

  it('lets a plan be saved without a deadline, not with an impossible one', () => {
    expect(actionPlanAnswer.safeParse(emptyActionPlan()).success).toBe(true);
    expect(messagesOf({ ...fullPlan(), deadline: '2026-02-30' })).toEqual([
      'Date invalide : un jour du calendrier entre 2000 et 2100.',
    ]);
  });
});

describe('the saved action plan', () => {
  it('takes a complete plan, and refuses a channel ticked twice', () => {
    expect(actionPlanAnswer.safeParse(fullPlan()).success).toBe(true);
    expect(messagesOf({ ...fullPlan(), channels: ['Instagram', 'TikTok', 'Instagram'] })).toEqual([
      'Un canal est coché deux fois.',
    ]);
  });

  it('takes zero or no value for a KPI that cannot be negative, and refuses a negative target', () => {
    expect(actionPlanAnswer.safeParse({ ...fullPlan(), current: 0, target: null }).success).toBe(true);
    expect(actionPlanAnswer.safeParse({ ...fullPlan(), current: null, target: 0 }).success).toBe(true);
    expect(messagesOf({ ...fullPlan(), target: -0.01 })).toEqual(['Cet indicateur ne peut pas être négatif.']);
  });
});

describe('what an action plan still needs', () => {
  it('needs nothing once every field is filled, and is then done', () => {
    expect(missingFields(fullPlan())).toEqual([]);
    expect(actionPlanKind.isDone(fullPlan())).toBe(true);
    expect(actionPlanKind.isDone(emptyActionPlan())).toBe(false);
  });

  it('takes blank text for a missing field', () => {
    const blank = {
      ...fullPlan(),
      objective: '  \n',
      actions: ['Publier', '   ', 'Ajuster'] as ActionPlanAnswer['actions'],
    };
    expect(missingFields(blank)).toEqual(['objective', 'action1']);
    expect(actionPlanKind.isDone(blank)).toBe(false);
    expect(missingFields({ ...fullPlan(), channels: [], otherChannel: ' ' })).toEqual(['channels']);
    expect(missingFields({ ...fullPlan(), channels: [], otherChannel: 'Radio' })).toEqual([]);
  });

  it('names each field left empty, alone', () => {
    expect(missingFields({ ...fullPlan(), kpi: null })).toEqual(['kpi']);
    expect(missingFields({ ...fullPlan(), current: null })).toEqual(['current']);
    expect(missingFields({ ...fullPlan(), target: null })).toEqual(['target']);
    expect(missingFields({ ...fullPlan(), deadline: '' })).toEqual(['deadline']);
  });
});

describe('an action plan in one line', () => {
  it('writes a KPI value in its unit, or a dash while the value or the KPI is missing', () => {
    expect(kpiText({ kpi: 'cpc' }, 12)).toBe('12,00\u00a0MAD');
    expect(kpiText({ kpi: 'cpc' }, null)).toBe('—');
    expect(kpiText({ kpi: null }, 12)).toBe('—');
  });

  it('says what is still to write, and leaves out a deadline not chosen', () => {
    expect(actionPlanKind.summarize(emptyActionPlan())).toBe('objectif à écrire — indicateur à choisir');
    expect(actionPlanKind.summarize({ ...fullPlan(), objective: ' ', current: null, deadline: '' })).toBe(
      `objectif à écrire — Taux de conversion — → 3,0${NNBSP}%`,
    );
  });

  it('writes the objective on one line with single spaces', () => {
    const plan = { ...fullPlan(), objective: '  Vendre   plus\n\nen ligne ', deadline: '2026-05-01' };
    expect(actionPlanKind.summarize(plan)).toBe(
      `Vendre plus en ligne — Taux de conversion 2,0${NNBSP}% → 3,0${NNBSP}%, échéance 1er mai 2026`,
    );
    expect(actionPlanKind.score(plan)).toBeNull();
  });
});
