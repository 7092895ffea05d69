import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { anchorPoint, pickFeature, propertyValues, selectFeatures } from './features.ts';

const point = (props: Record<string, unknown>, x: number, y: number): Feature => ({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: [x, y] } });
const features = [point({ osm_id: 241679356, name: 'Taldykorgan', place: 'city' }, 78.37, 45.01), point({ osm_id: 2, name: 'Tekeli', place: 'town' }, 78.82, 44.83), point({ osm_id: 3, name: 'Ushtobe', place: 'town' }, 77.97, 45.25)];
const at = { file: 'data/places.csv', line: 2, field: 'source_ref' };

describe('selectFeatures', () => {
  it('selectFeatures(features, selector) compares the property written as text', () => {
    expect(selectFeatures(features, 'osm_id=241679356').map((f) => f.properties?.['name'])).toEqual(['Taldykorgan']);
    expect(selectFeatures(features, 'place=town')).toHaveLength(2);
    expect(selectFeatures(features, 'name=Lake Balkhash')).toEqual([]);
    expect(selectFeatures(features, 'place=town&name=Ushtobe').map((f) => f.properties?.['osm_id'])).toEqual([3]);
  });
});

describe('propertyValues', () => {
  it('propertyValues(features, property) lists the values present', () => {
    expect(propertyValues(features, 'name')).toEqual(['Taldykorgan', 'Tekeli', 'Ushtobe']);
  });
});

describe('pickFeature', () => {
  it('pickFeature(features, selector) returns the one matching feature', () => {
    expect(pickFeature(features, 'name=Tekeli', 'towns.geojson', at).feature?.properties?.['osm_id']).toBe(2);
  });

  it('pickFeature(features, selector) explains zero and several matches', () => {
    expect(pickFeature(features, 'name=Tekely', 'towns.geojson', at).problem?.hint).toBe('No feature has name=Tekely. Did you mean name=Tekeli?');
    expect(pickFeature(features, 'nmae=Tekeli', 'towns.geojson', at).problem?.hint).toBe('No feature has a property named nmae. Properties in this file: osm_id, name, place.');
    expect(pickFeature(features, 'place=town', 'towns.geojson', at).problem?.hint).toBe('2 features match place=town: add a condition with & (e.g. place=town&osm_id=2), or select by a unique property such as osm_id.');
    expect(pickFeature(features, 'place=town&name=Taldykorgan', 'towns.geojson', at).problem?.hint).toBe('Each condition matches some feature, but no feature meets them all.');
    expect(pickFeature(features, 'place=town&name=Tekely', 'towns.geojson', at).problem?.hint).toBe('No feature has name=Tekely. Did you mean name=Tekeli?');
  });
});

describe('anchorPoint', () => {
  it('anchorPoint(point) is the point itself', () => {
    expect(anchorPoint({ type: 'Point', coordinates: [78.123456789, 45.1] })).toEqual([78.12346, 45.1]);
  });

  it('anchorPoint(polygon) lies inside a concave polygon whose centroid does not', () => {
    // A U shape: its centroid falls in the gap between the arms.
    const u: [number, number][] = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]];
    const [x, y] = anchorPoint({ type: 'Polygon', coordinates: [u] }) ?? [NaN, NaN];
    const inGap = x > 1 && x < 2 && y > 1;
    expect(inGap).toBe(false);
    expect(x >= 0 && x <= 3 && y >= 0 && y <= 3).toBe(true);
  });

  it('anchorPoint(line) is halfway along the longest part', () => {
    expect(anchorPoint({ type: 'LineString', coordinates: [[0, 0], [2, 0], [2, 2]] })).toEqual([2, 0]);
    expect(anchorPoint({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 0]], [[5, 5], [5, 9]]] })).toEqual([5, 7]);
  });
});
