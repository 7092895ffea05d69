import { describe, expect, it } from 'vitest';
import { makeLookup } from './lookup.ts';

describe('makeLookup', () => {
  const claim = makeLookup([{ id: 'unused-land' }, { id: 'irrigation-networks-worn' }], 'claim', 'data/claims.csv');

  it('makeLookup(items)(id) returns the item with that id', () => {
    expect(claim('unused-land')).toEqual({ id: 'unused-land' });
  });

  it('makeLookup(items)(id) throws with the nearest ids for a typo', () => {
    expect(() => claim('unused-lands')).toThrowErrorMatchingInlineSnapshot(`[Error: Unknown claim id "unused-lands" (not in data/claims.csv). Did you mean "unused-land"?]`);
  });

  it('makeLookup(items)(id) throws without suggestions when nothing is close', () => {
    expect(() => claim('zzz')).toThrowErrorMatchingInlineSnapshot(`[Error: Unknown claim id "zzz" (not in data/claims.csv).]`);
  });
});
