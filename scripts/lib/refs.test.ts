import { describe, expect, it } from 'vitest';
import { checkColumn, refProblem, targetOf } from './refs.ts';

const places = targetOf({ file: 'data/places.csv', ids: new Set(['taldykorgan', 'tekeli', 'usharal']) }, 'place');
const at = { file: 'data/claims.csv', line: 4, field: 'places' };

describe('refProblem', () => {
  it('refProblem(at, id, target) accepts a known id', () => {
    expect(refProblem(at, 'tekeli', places)).toBeNull();
  });

  it('refProblem(at, id, target) suggests the nearest ids for a typo', () => {
    expect(refProblem(at, 'taldykorgn', places)).toEqual({
      ...at,
      received: 'taldykorgn',
      expected: 'a place id from data/places.csv',
      hint: 'Did you mean taldykorgan? Otherwise add a row for taldykorgn to data/places.csv.',
    });
  });

  it('refProblem(at, id, target) lists the known ids when none is close', () => {
    expect(refProblem(at, 'almaty', places)?.hint).toBe('No place id is close. Known ids: taldykorgan, tekeli, usharal. Add a row for almaty to data/places.csv if it is new.');
  });

  it('refProblem(at, id, target) accepts the extra values and skips a target that could not be read', () => {
    expect(refProblem(at, 'not-named', targetOf({ file: 'data/bodies.csv', ids: new Set() }, 'body', ['not-named']))).toBeNull();
    expect(refProblem(at, 'anything', targetOf({ file: 'data/places.csv', ids: null }, 'place'))).toBeNull();
  });

  it('refProblem(at, id, target) uses "an" before a vowel', () => {
    expect(refProblem(at, 'x', targetOf({ file: 'data/inputs.json', ids: new Set(['speech']) }, 'input'))?.expected).toBe('an input id from data/inputs.json');
  });
});

describe('checkColumn', () => {
  it('checkColumn(file, rows, column, get, target) checks single ids and lists, with each row line', () => {
    const rows: { line: number; value: { places: string[]; place: string | null } }[] = [
      { line: 2, value: { places: ['tekeli', 'usharall'], place: null } },
      { line: 3, value: { places: [], place: 'tekelli' } },
    ];
    expect(checkColumn('data/claims.csv', rows, 'places', (r) => r.places, places).map((p) => [p.line, p.received])).toEqual([[2, 'usharall']]);
    expect(checkColumn('data/claims.csv', rows, 'place', (r) => r.place, places).map((p) => [p.line, p.received])).toEqual([[3, 'tekelli']]);
  });
});
