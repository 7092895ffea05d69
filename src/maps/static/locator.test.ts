import { describe, expect, it } from 'vitest';
import { locatorSvg } from './locator.ts';
import type { MapGeo } from '../model/geo.ts';

const square = (x: number, y: number, props: Record<string, string | boolean>) => ({
  type: 'Feature' as const, properties: props,
  geometry: { type: 'Polygon' as const, coordinates: [[[x, y], [x, y + 1], [x + 1, y + 1], [x + 1, y], [x, y]]] },
});
const empty = { type: 'FeatureCollection' as const, features: [] };
const geo = {
  land: empty, lakes: empty, rivers: empty, borders: empty, routes: empty, routeEnds: empty, labels: empty,
  districts: { type: 'FeatureCollection' as const, features: [square(78, 45, { id: 'aksu', districts: ';aksu;' }), square(80, 45, { id: 'merged', districts: ';tekeli-city;eskeldi;' })] },
  places: { type: 'FeatureCollection' as const, features: [
    { type: 'Feature' as const, properties: { id: 'tekeli', name: 'Tekeli & Co' }, geometry: { type: 'Point' as const, coordinates: [78.8, 44.8] } },
    { type: 'Feature' as const, properties: { id: 'east', name: 'East' }, geometry: { type: 'Point' as const, coordinates: [82.5, 45.5] } },
  ] },
} as unknown as MapGeo;

describe('locatorSvg', () => {
  it('locatorSvg(geo, options) shades the named districts, also inside a merged polygon, and labels the places escaped', () => {
    const out = locatorSvg(geo, { districts: ['eskeldi'], places: ['tekeli'], width: 300, id: 'loc', title: 'Where: Eskeldi' });
    expect(out.svg.match(/fill-opacity="0.45"/g)).toHaveLength(1);
    expect(out.svg).toContain('Tekeli &amp; Co');
    expect(out.svg).toContain('<title id="loc-title">Where: Eskeldi</title>');
    expect(out.height).toBeGreaterThan(0);
  });
  it('locatorSvg(geo, options) flips labels near the right edge and reports places it cannot draw', () => {
    const out = locatorSvg(geo, { districts: [], places: ['east', 'nowhere'], width: 300, id: 'loc', title: 't' });
    expect(out.svg).toContain('text-anchor="end"');
    expect(out.missing).toEqual(['nowhere']);
  });
});
