import { describe, expect, it } from 'vitest';
import { actionPlanAnswer, deadlineProblem, emptyActionPlan, missingFields } from './action-plan';
import { summarizeAnswer } from './kinds';

describe('action-plan kind', () => {
  it('lists what is missing, in the order of the form', () => {
    expect(missingFields(emptyActionPlan())).toEqual([
      'objective',
      'kpi',
      'current',
      'target',
      'channels',
      'deadline',
      'action0',
      'action1',
      'action2',
    ]);
    const other = { ...emptyActionPlan(), otherChannel: 'Marché du samedi' };
    expect(missingFields(other)).not.toContain('channels');
  });

  it('takes real days between 2000 and 2100 only', () => {
    expect(deadlineProblem('2026-09-30')).toBeNull();
    expect(deadlineProblem('2028-02-29')).toBeNull();
    expect(deadlineProblem('2027-02-29')).toMatch(/n’existe pas/);
    expect(deadlineProblem('2101-01-01')).toBe('Choisissez une date entre 2000 et 2100.');
    expect(deadlineProblem('30/09/2026')).toMatch(/n’existe pas/);
    expect(actionPlanAnswer.safeParse({ ...emptyActionPlan(), deadline: '2026-13-01' }).success).toBe(false);
  });

  it('refuses a negative value for a KPI that cannot be negative, and sums the plan up', () => {
    const plan = {
      ...emptyActionPlan(),
      objective: 'Vendre plus',
      kpi: 'conversionRate' as const,
      current: 0.02,
      target: 0.03,
      deadline: '2026-09-30',
    };
    expect(actionPlanAnswer.safeParse({ ...plan, current: -0.01 }).success).toBe(false);
    expect(actionPlanAnswer.safeParse({ ...plan, kpi: 'growthRate', current: -0.01 }).success).toBe(true);
    expect(summarizeAnswer(plan)).toBe(
      'Vendre plus — Taux de conversion 2,0\u202f% → 3,0\u202f%, échéance 30 septembre 2026',
    );
  });
});
