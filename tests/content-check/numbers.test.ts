import { describe, expect, it } from 'vitest';
import { isDataNumber, writtenNumbers } from '../../build/content-check/numbers';

const values = (text: string) => writtenNumbers(text).map((n) => n.value);

describe('writtenNumbers', () => {
  it('reads 24 000, 24\u00a0000, 24.000 and 24000 as the same number', () => {
    expect(values('24 000 / 24\u00a0000 / 24\u202f000 / 24.000 / 24000')).toEqual([24000, 24000, 24000, 24000, 24000]);
  });

  it('reads French decimals and percentages', () => {
    const [rate, roas] = writtenNumbers('un taux de 12,5 % et un ROAS de 2,5');
    expect(rate).toMatchObject({ value: 12.5, isPercent: true, hasDecimals: true });
    expect(roas).toMatchObject({ value: 2.5, isPercent: false });
  });

  it('keeps a version number apart from a thousands group', () => {
    expect(values('impulsion 2.0 et 1.250 offres')).toEqual([2, 1250]);
  });

  it('leaves out times and durations but not amounts next to them', () => {
    expect(values('de 9 h 30 à 17 h, soit 45 min puis 1 h 15 ; 350 MAD')).toEqual([350]);
  });

  it('does not read digits inside words', () => {
    expect(values('H1, MP3, 3e étape')).toEqual([]);
  });
});

describe('isDataNumber', () => {
  const data = (text: string) => writtenNumbers(text).map(isDataNumber);
  it('calls counts, amounts and rates data, and small or formula numbers not', () => {
    expect(data('4 étapes, × 1000, 100 %, 13 commandes, 40 %, 0,4, 2')).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
      false,
    ]);
  });
});
