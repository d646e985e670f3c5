import { describe, expect, it } from 'vitest';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, INVOKE_CHANNEL } from './channel';
import { joinCode, mergeInput } from './classroom-schemas';

describe('classroom inputs', () => {
  it('reads a join code whatever its case, spaces and dashes', () => {
    expect(joinCode.parse(' ab-c d3\t4 ')).toBe('ABCD34');
  });

  it('merges two different profiles only', () => {
    const keepId = '3f1c2b9e-8a4d-4e6f-9b2a-1c3d5e7f9a0b';
    const mergeId = '7a9b1c3d-5e7f-4a1b-8c2d-3e4f5a6b7c8d';
    expect(mergeInput.parse({ keepId, mergeId })).toEqual({ keepId, mergeId });
    expect(mergeInput.safeParse({ keepId, mergeId: keepId }).error?.issues.map((i) => i.message)).toEqual([
      'Choisissez deux profils différents.',
    ]);
  });
});

describe('the Electron channel', () => {
  it('serves the app from its own origin, never file://', () => {
    const origin = new URL(APP_ORIGIN);
    expect(origin.protocol).toBe(`${APP_SCHEME}:`);
    expect(origin.host).toBe(APP_HOST);
    expect(APP_ORIGIN).toBe('app://workbook');
    expect(INVOKE_CHANNEL).toBe('cmday:invoke');
  });
});
