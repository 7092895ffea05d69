import { describe, expect, it } from 'vitest';
import { basisMark, basisText, countedNote, withBasisMark } from './basis.ts';

const stated = { basis: 'stated', note: null } as const;
const derived = { basis: 'derived', note: 'Counted from the two cities the speech names.' } as const;

describe('basisText', () => {
  it('basisText(claim) says a stated figure is the speech\'s own', () => {
    expect(basisText(stated)).toBe('Stated in the speech');
  });

  it('basisText(claim) says how a derived figure was counted', () => {
    expect(basisText(derived)).toBe("Counted by us from the speech's words: Counted from the two cities the speech names.");
    expect(basisText({ basis: 'derived', note: null })).toBe("Counted by us from the speech's words");
  });
});

describe('basisMark', () => {
  it('basisMark(claim) marks only derived figures', () => {
    expect(basisMark(stated)).toBeNull();
    expect(basisMark(derived)).toBe('our count');
    expect(withBasisMark('2', derived)).toBe('2 (our count)');
    expect(withBasisMark('61 people', stated)).toBe('61 people');
  });
});

describe('countedNote', () => {
  const cities = { id: 'cities', basis: 'derived', value: 2, unit: 'count', qualifier: 'exact', measure: 'cities the speech names' } as const;
  const land = { id: 'land', basis: 'stated', value: 100000, unit: 'hectares', qualifier: 'exact', measure: 'unused land' } as const;

  it('countedNote(claims) names each derived figure once', () => {
    expect(countedNote([land, cities, cities])).toBe("Counted by us from the speech's words, not given as numbers in it: 2 (cities the speech names).");
  });

  it('countedNote(claims) is null when every figure is stated', () => {
    expect(countedNote([land])).toBeNull();
    expect(countedNote([])).toBeNull();
  });
});
