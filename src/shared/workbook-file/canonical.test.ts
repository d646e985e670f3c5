import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical';

describe('canonical JSON', () => {
  it('sorts keys at every level and keeps array order, whatever order the keys were written in', () => {
    const written = { b: 1, a: { d: true, c: [2, { y: 'é', x: null }] } };
    expect(canonicalJson(written)).toBe('{"a":{"c":[2,{"x":null,"y":"é"}],"d":true},"b":1}');
    expect(canonicalJson({ a: { c: [2, { x: null, y: 'é' }], d: true }, b: 1 })).toBe(canonicalJson(written));
  });
});
