import { describe, expect, it } from 'vitest';
import { focusView, frame } from './focus.ts';
import { stepView, focusIds } from './step-view.ts';
import { testData, testGeo, testView } from '../testing.ts';

describe('focusView', () => {
  it('focusView(view, ids) highlights only the focused features, by kind', () => {
    const v = focusView(testView, ['road', 'rural', 'town'], testData, testGeo, 'step-1');
    expect(v.id).toBe('step-1');
    expect(v.highlight).toEqual({ polygons: ['town-rural'], routes: ['road'], places: ['town'] });
    expect(v.polygonCounts).toBeNull();
  });
  it('focusView(view, ids) frames the focused features with room around them', () => {
    const [w, s, e, n] = focusView(testView, ['road'], testData, testGeo, 'step').extent;
    expect(w).toBeLessThan(76.5);
    expect(e).toBeGreaterThan(78.5);
    expect(s).toBeLessThan(44.5);
    expect(n).toBeGreaterThan(44.5);
  });
  it('focusView(view, ids) names an id it cannot draw, with the ids it could', () => {
    expect(() => focusView(testView, ['farplace'], testData, testGeo, 'step')).toThrow(/focus id "farplace" is not a route, district or sourced place\. Use one of: road, pipe, east/);
  });
});

describe('frame', () => {
  it('frame(points, like) keeps a minimum span around a single point', () => {
    const [w, , e] = frame([[77, 44]], [75, 43, 80, 46]);
    expect(e - w).toBeCloseTo(2.4);
  });
});

describe('focusIds', () => {
  it('focusIds(focus) reads "a, b" and ["a", "b"] alike', () => {
    expect(focusIds(' a, b ,')).toEqual(['a', 'b']);
    expect(focusIds(['a', 'b'])).toEqual(['a', 'b']);
    expect(focusIds(undefined)).toEqual([]);
  });
});

describe('stepView', () => {
  it('stepView(map, focus) names an unknown map id with the ids that exist', () => {
    expect(() => stepView('road', undefined, testData, testGeo)).toThrow(/Unknown map id "road"\. Use one of: districts, irrigation, gas, roads/);
  });
});
