import { describe, expect, it } from 'vitest';
import { FUNNEL } from '../../../tests/support/exercises';
import { contract, isMethod, METHODS } from './contract';

const id = '6c8f3da8-9506-4e63-bc36-3a36488a9a92';
const save = contract['answer.save'].input;

describe('the API contract', () => {
  it('names the methods both hosts serve', () => {
    expect(METHODS).toEqual(
      expect.arrayContaining([
        'profile.create',
        'profile.list',
        'answer.save',
        'answer.list',
        'session.get',
        'backup.restore',
      ]),
    );
    expect(isMethod('profile.create')).toBe(true);
    expect(isMethod('toString')).toBe(false);
    expect(isMethod('__proto__')).toBe(false);
  });

  it('trims names and bounds them to 1–80 characters, in French', () => {
    expect(contract['profile.create'].input.parse({ name: '  Amina  ' })).toEqual({ name: 'Amina' });
    expect(contract['profile.create'].input.safeParse({ name: 'x'.repeat(80) }).success).toBe(true);
    const tooLong = contract['profile.create'].input.safeParse({ name: 'x'.repeat(81) });
    expect(tooLong.error?.issues[0]?.message).toMatch(/80 caractères/);
    const blank = contract['profile.create'].input.safeParse({ name: '   ' });
    expect(blank.error?.issues[0]?.message).toMatch(/Saisissez un nom/);
  });

  it('accepts a funnel answer with empty steps as null', () => {
    const input = {
      profileId: id,
      exerciseId: FUNNEL,
      value: { kind: 'funnel', counts: [24000, null, 300, 15] },
      revision: 0,
    };
    expect(save.parse(input)).toEqual(input);
  });

  it.each([
    ['a negative count', { kind: 'funnel', counts: [-1, 2] }, /négative/],
    ['a non-numeric count', { kind: 'funnel', counts: ['12', 2] }, /nombre/],
    ['a non-finite count', { kind: 'funnel', counts: [Infinity, 2] }, /fini/],
    ['NaN', { kind: 'funnel', counts: [NaN, 2] }, /nombre/],
    ['one step', { kind: 'funnel', counts: [1] }, /au moins 2/],
    ['thirteen steps', { kind: 'funnel', counts: Array(13).fill(1) }, /au plus 12/],
    ['an unknown kind', { kind: 'essay', text: 'x' }, /type inconnu/],
  ])('refuses %s', (_label, value, message) => {
    const result = save.safeParse({ profileId: id, exerciseId: FUNNEL, value, revision: 0 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });

  it('refuses unknown fields and malformed ids', () => {
    expect(contract['profile.list'].input.safeParse({ extra: 1 }).success).toBe(false);
    expect(
      save.safeParse({ profileId: 'nope', exerciseId: 'x', value: { kind: 'funnel', counts: [1, 1] } }).success,
    ).toBe(false);
    expect(
      save.safeParse({ profileId: id, exerciseId: '../etc', value: { kind: 'funnel', counts: [1, 1] } }).success,
    ).toBe(false);
  });
});
