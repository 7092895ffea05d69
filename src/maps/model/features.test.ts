import { describe, expect, it } from 'vitest';
import { mapFeatures } from './features.ts';
import { testData, testGeo, testView } from '../testing.ts';

describe('mapFeatures', () => {
  it('mapFeatures(view, data, geo) lists the highlighted district, route and place with what the speech ties to each', () => {
    const { entries } = mapFeatures(testView, testData, testGeo);
    expect(entries.map((e) => [e.fid, e.claims.map((c) => c.id), e.instructions.map((i) => i.id), e.projects.map((p) => p.id)])).toEqual([
      ['district:east', ['road-km'], ['repair'], ['road-repair']],
      ['route:road', ['road-km'], ['repair'], ['road-repair']],
      ['place:town', [], ['repair'], ['road-repair']],
    ]);
  });
  it('mapFeatures(view, data, geo) says a route is schematic and gives its quote', () => {
    const road = mapFeatures(testView, testData, testGeo).entries.find((e) => e.fid === 'route:road');
    expect(road?.detail).toBe('Highway, to be repaired, drawn schematically');
    expect(road?.quote).toEqual({ text: 'the road must be repaired', sentences: ['p2s1'] });
  });
  it('mapFeatures(view, data, geo) notes that a shared polygon is one polygon in the source', () => {
    const { entries } = mapFeatures({ ...testView, highlight: { polygons: ['town-rural'], routes: [], places: [] } }, testData, testGeo);
    expect(entries[0]?.note).toMatch(/one polygon in the 2017 boundaries/);
  });
  it('mapFeatures(view, data, geo) lists region-wide instructions on count maps', () => {
    const { regionWide } = mapFeatures({ ...testView, polygonCounts: { east: 1 } }, testData, testGeo);
    expect(regionWide.map((i) => i.id)).toEqual(['everywhere']);
  });
});
