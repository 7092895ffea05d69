import { describe, expect, it } from 'vitest';
import type { MapDeclaration } from '../../schemas/map.ts';
import { testData } from '../testing.ts';
import { resolveView } from './view.ts';

const def: MapDeclaration = {
  id: 'roads-test', title: 'Roads', caption: 'Roads.', description: 'Roads.', extent: [75.5, 43.5, 79.5, 45.5], accent: 'c-orange',
  topics: ['roads'], routeKinds: ['highway', 'gas-pipeline'], routeMode: 'topic', districtMode: 'topic', placeMode: 'topic', districtCentres: false,
};

describe('resolveView', () => {
  it('resolveView(def, data) highlights what the topic names: districts as polygons, routes via projects, places with coordinates', () => {
    const view = resolveView(def, testData);
    expect(view.highlight).toEqual({ polygons: ['east', 'town-rural'], routes: ['road'], places: ['town'] });
  });
  it('resolveView(def, data) labels the towns a schematic route runs through, never an unsourced place', () => {
    const view = resolveView(def, testData);
    expect(view.places).toEqual(['town', 'village']);
    expect(view.places).not.toContain('farplace');
  });
  it('resolveView(def, data) counts each instruction once per polygon, including the places it names, on count maps', () => {
    const view = resolveView({ ...def, districtMode: 'count', placeMode: 'count' }, testData);
    expect(view.polygonCounts).toEqual({ east: 1, west: 0, 'town-rural': 1 });
    expect(view.placeCounts).toEqual({ town: 1 });
  });
  it('resolveView(def, data) highlights every drawn route when routeMode is "all"', () => {
    expect(resolveView({ ...def, routeMode: 'all' }, testData).highlight.routes).toEqual(['road', 'pipe']);
  });
  it('resolveView(def, data) ignores items of other topics', () => {
    const view = resolveView({ ...def, topics: ['sugar'] }, testData);
    expect(view.highlight).toEqual({ polygons: [], routes: [], places: [] });
  });
});
