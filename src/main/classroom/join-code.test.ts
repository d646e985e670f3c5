import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, joinCode } from '../../shared/api/classroom-schemas';
import { newJoinCode, sameCode } from './join-code';

describe('the room’s join code', () => {
  it('is 6 characters of an alphabet without look-alikes, and varies', () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL5S2Z]/);
    const codes = new Set(Array.from({ length: 200 }, newJoinCode));
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(codes.size).toBeGreaterThan(195);
    // Every character of the alphabet turns up: drawn from all of it, not a part.
    expect(new Set([...codes].join('')).size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it('is read as typed by a person (case, spaces, dashes), and refused in French otherwise', () => {
    expect(joinCode.parse(' ab-c 346 ')).toBe('ABC346');
    expect(joinCode.safeParse('ABC34').error?.issues[0]?.message).toMatch(/6 caractères/);
    expect(joinCode.safeParse('ABC340').error?.issues[0]?.message).toMatch(/Code de la salle invalide/);
  });

  it('compares whole codes only', () => {
    expect(sameCode('ABC346', 'ABC346')).toBe(true);
    expect(sameCode('ABC346', 'ABC347')).toBe(false);
    expect(sameCode('ABC346', 'ABC34')).toBe(false);
    expect(sameCode('ABC346', 'ABC3467')).toBe(false);
  });
});
