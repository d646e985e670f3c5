import { describe, expect, it } from 'vitest';
import { frenchSpacing } from './french-spacing';

const NARROW = '\u202f';
const NBSP = '\u00a0';

describe('frenchSpacing', () => {
  it('binds the colon to its word with a no-break space', () => {
    expect(frenchSpacing('Timing : 15 min')).toBe(`Timing${NBSP}: 15 min`);
  });

  it('puts a narrow no-break space before ; ! ? and %', () => {
    expect(frenchSpacing('Pourquoi ? Voilà ! Un ; deux 5 %')).toBe(
      `Pourquoi${NARROW}? Voilà${NARROW}! Un${NARROW}; deux 5${NARROW}%`,
    );
  });

  it('sets narrow no-break spaces inside guillemets, adding them when missing', () => {
    expect(frenchSpacing('« Bonjour »')).toBe(`«${NARROW}Bonjour${NARROW}»`);
    expect(frenchSpacing('«Bonjour»')).toBe(`«${NARROW}Bonjour${NARROW}»`);
  });

  it('turns several spaces into one and keeps no-break spaces already right', () => {
    expect(frenchSpacing(`Quoi  ?`)).toBe(`Quoi${NARROW}?`);
    expect(frenchSpacing(`5${NARROW}%`)).toBe(`5${NARROW}%`);
  });

  it('leaves marks with no space before them alone (times, addresses, ?!)', () => {
    expect(frenchSpacing('À 10:30, voir https://exemple.ma?x=1 ?!')).toBe(
      `À 10:30, voir https://exemple.ma?x=1${NARROW}?!`,
    );
  });

  it('is idempotent', () => {
    const once = frenchSpacing('« Rien ? » dit-il : 12 % ; fin !');
    expect(frenchSpacing(once)).toBe(once);
  });
});
