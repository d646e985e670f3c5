import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { MethodSpec } from './access';
import { contract, METHODS } from './contract';

describe('every contract method says who may call it', () => {
  it('has an access of trainer, attendee or visitor; joining is the only way in for a visitor', () => {
    for (const method of METHODS) expect(['trainer', 'attendee', 'visitor'], method).toContain(contract[method].access);
    expect(METHODS.filter((method) => contract[method].access === 'visitor').sort()).toEqual([
      'classroom.join',
      'classroom.me',
    ]);
  });

  it('does not type-check without one (checked by tsc)', () => {
    const noAccess = { 'x.y': { input: z.strictObject({}), output: z.object({}) } };
    // @ts-expect-error -- `access` is missing: the contract is typed so that this cannot compile
    const checked = noAccess satisfies Record<string, MethodSpec>;
    expect(Object.keys(checked)).toEqual(['x.y']);
  });
});
