import { describe, expect, it } from 'vitest';
import { suggestIds, typoDistance } from './suggest-ids.ts';

describe('typoDistance', () => {
  it('typoDistance(a, b) counts insertions, deletions, substitutions and swaps', () => {
    expect(typoDistance('', '')).toBe(0);
    expect(typoDistance('gas', 'gas')).toBe(0);
    expect(typoDistance('gas', 'gaz')).toBe(1);
    expect(typoDistance('gas', 'gsa')).toBe(1);
    expect(typoDistance('roads', 'road')).toBe(1);
    expect(typoDistance('', 'abc')).toBe(3);
  });
});

describe('suggestIds', () => {
  const ids = ['sugar-factories-zhetysu', 'sugar-factories-country', 'sugar-target-2026', 'gas-coverage', 'unused-land'];

  it('suggestIds(typed, ids) finds longer ids whose start was mistyped', () => {
    expect(suggestIds('sugar-factorys', ids)).toEqual(['sugar-factories-country', 'sugar-factories-zhetysu']);
  });

  it('suggestIds(typed, ids) finds a one-letter typo first', () => {
    expect(suggestIds('gas-coverag', ids)[0]).toBe('gas-coverage');
    expect(suggestIds('unsued-land', ids)).toEqual(['unused-land']);
  });

  it('suggestIds(typed, ids) returns nothing for an unrelated id', () => {
    expect(suggestIds('ski-complex', ids)).toEqual([]);
  });

  it('suggestIds(typed, ids, limit) returns at most limit ids', () => {
    expect(suggestIds('sugar', ids, 2)).toHaveLength(2);
  });
});
