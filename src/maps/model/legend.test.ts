import { describe, expect, it } from 'vitest';
import { mapLegend } from './legend.ts';
import { swatchSvg } from '../static/swatch.ts';
import { testData, testGeo, testView } from '../testing.ts';

describe('mapLegend', () => {
  it('mapLegend(view, data, geo) says which lines are schematic and which are context', () => {
    const labels = mapLegend(testView, testData, testGeo).items.map((i) => i.label);
    expect(labels).toContain('Highway, to be repaired — schematic');
    expect(labels).toContain('Other gas pipelines (context, not named here)');
    expect(labels).toContain('Road continues beyond its last mapped town');
  });
  it('mapLegend(view, data, geo) always notes the shared district polygon', () => {
    const { notes } = mapLegend({ ...testView, routeKinds: [] }, testData, testGeo);
    expect(notes).toContain('* Town city and Rural district are drawn as one polygon in the 2017 boundaries: the source does not split them.');
  });
  it('mapLegend(view, data, geo) gives count classes on count maps', () => {
    const items = mapLegend({ ...testView, polygonCounts: { east: 3 } }, testData, testGeo).items;
    expect(items.filter((i) => i.key.startsWith('count-')).map((i) => i.label)).toEqual([
      'Instructions naming the district: 0', 'Instructions naming the district: 1', 'Instructions naming the district: 2–3', 'Instructions naming the district: 4–7', 'Instructions naming the district: 8 or more',
    ]);
  });
  it('mapLegend(view, data, geo) steps the count classes apart, from the unshaded 0 class up', () => {
    const fills = mapLegend({ ...testView, polygonCounts: { east: 3 } }, testData, testGeo).items.filter((i) => i.key.startsWith('count-')).map((i) => (i.swatch.type === 'fill' ? i.swatch.opacity : NaN));
    expect(fills[0]).toBe(1);
    const shaded = fills.slice(1);
    for (let i = 1; i < shaded.length; i++) expect(shaded[i]! - shaded[i - 1]!).toBeGreaterThanOrEqual(0.2);
  });
});

describe('swatchSvg', () => {
  it('swatchSvg(swatch) draws a railway as a line with ticks, hidden from screen readers', () => {
    const svg = swatchSvg({ type: 'line', symbol: { colour: 'fg', width: 2, dash: [], ticks: { width: 8, dash: [0.25, 2.5] } } });
    expect(svg).toContain('aria-hidden="true"');
    expect(svg.match(/<line/g)).toHaveLength(2);
    expect(svg).toContain('stroke-dasharray="2 20"');
  });
});
