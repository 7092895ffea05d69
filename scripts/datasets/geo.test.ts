import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildContext } from '../lib/builder.ts';
import { testData } from '../../src/maps/testing.ts';
import { buildGeo, continuesTo, GEO_PUBLIC_PATH, GEO_SOURCE_PATH } from './geo.ts';

// RFC 7946 winding (counter-clockwise exteriors), as the real inputs have it: the builder must rewind.
const square = (x: number, y: number, size = 1): Geometry => ({ type: 'Polygon', coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] });
const fc = (features: Array<[Record<string, unknown>, Geometry]>): FeatureCollection => ({
  type: 'FeatureCollection',
  features: features.map(([properties, geometry]) => ({ type: 'Feature', properties, geometry })),
});

const dir = mkdtempSync(join(tmpdir(), 'geo-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files: Record<string, FeatureCollection> = {
  'districts-gb2017': fc([
    [{ shapeID: 'A', name_en: 'East' }, square(76, 44)],
    [{ shapeID: 'B', name_en: 'West' }, square(77, 44)],
    [{ shapeID: 'C', name_en: 'Town + Rural' }, square(78, 44)],
  ]),
  'outline-zhetysu': fc([[{}, { type: 'Polygon', coordinates: [[[76, 44], [79, 44], [79, 45], [76, 45], [76, 44]]] }]]),
  'regions-kz-2022': fc([
    [{ iso3166_2: 'KZ-33', name_en: 'Jetisu' }, { type: 'Polygon', coordinates: [[[76, 44], [79, 44], [79, 45], [76, 45], [76, 44]]] }],
    [{ iso3166_2: 'KZ-19', name_en: 'Almaty' }, { type: 'Polygon', coordinates: [[[76, 43], [79, 43], [79, 44], [76, 44], [76, 43]]] }],
  ]),
  'lakes-ne10m': fc([[{ name: 'Lake' }, square(76.2, 44.2, 0.2)], [{ name: 'Far away' }, square(10, 10)]]),
  'rivers-ne10m': fc([[{ name: 'Ile' }, { type: 'LineString', coordinates: [[70, 44.5], [77, 44.5]] }]]),
};
const inputs = Object.entries(files).map(([id, content]) => {
  const path = join(dir, `${id}.geojson`);
  writeFileSync(path, JSON.stringify(content));
  return { id, file: `geo/${id}.geojson`, path, kind: 'boundary', licence: 'test', attribution: 'test', origin: 'test', note: null, schematic: false, sha256: '0'.repeat(64) };
});

function context(overrides: Record<string, unknown> = {}): BuildContext {
  const earlier = new Map<string, unknown>([
    ['inputs', inputs],
    ['districts', testData.districts],
    ['places', testData.places],
    ['projects', testData.projects],
    ['routes', testData.routes],
    ...Object.entries(overrides),
  ]);
  return { root: dir, inputsDir: dir, dataDir: dir, mirrorDir: dir, earlier, tables: new Map(), today: '2026-12-01' };
}

function layer(json: string, name: string): Array<Feature<Geometry, Record<string, unknown>>> {
  const topo = JSON.parse(json) as Topology;
  return (feature(topo, topo.objects[name] as GeometryCollection) as FeatureCollection<Geometry, Record<string, unknown>>).features;
}

describe('buildGeo', () => {
  const result = buildGeo(context());
  const json = result.outputs.get(GEO_PUBLIC_PATH) as string;

  it('buildGeo(ctx) writes the served topology and a coarser copy for the static maps, with no problems', () => {
    expect(result.problems).toEqual([]);
    expect(typeof json).toBe('string');
    expect(typeof result.outputs.get(GEO_SOURCE_PATH)).toBe('string');
    expect(result.summary).toMatch(/^map data: 1 land, 3 districts/);
  });
  it('buildGeo(ctx) names a polygon shared by several districts after all of them and marks it merged', () => {
    const shared = layer(json, 'districts').find((f) => f.properties['merged'] === true);
    expect(shared?.properties).toMatchObject({ fid: 'district:town-rural', name: 'Town + Rural', districts: ';town-city;rural;' });
  });
  it('buildGeo(ctx) winds every polygon for d3-geo (STACK pitfall 5)', () => {
    for (const name of ['districts', 'land', 'lakes']) for (const f of layer(json, name)) expect(geoArea(f)).toBeLessThan(0.01);
  });
  it('buildGeo(ctx) clips to the data extent: a lake far away and the river beyond it are gone', () => {
    expect(layer(json, 'lakes')).toHaveLength(1);
    const river = layer(json, 'rivers')[0]?.geometry;
    expect(river?.type === 'LineString' && Math.min(...river.coordinates.map((c) => c[0]!))).toBeGreaterThanOrEqual(73);
  });
  it('buildGeo(ctx) draws only places with a sourced coordinate', () => {
    expect(layer(json, 'places').map((f) => f.properties['id'])).toEqual(['town', 'village']);
  });
  it('buildGeo(ctx) marks where a route continues beyond its last sourced place', () => {
    expect(layer(json, 'routeEnds').map((f) => f.properties['text'])).toEqual(['continues to Farplace']);
  });
  it('buildGeo(ctx) draws district borders once, from the shared edges', () => {
    const kinds = layer(json, 'borders').map((f) => f.properties['kind']);
    expect(kinds).toContain('district');
    expect(kinds).toContain('outline');
  });
  it('buildGeo(ctx) reports a polygon no district claims, and a district whose boundary is missing', () => {
    const districts = [...testData.districts.filter((d) => d.id !== 'west'), { ...testData.districts[0]!, id: 'lost', boundaryId: 'Z' }];
    const { problems } = buildGeo(context({ districts }));
    expect(problems.map((p) => [p.file, p.field, p.received])).toEqual([
      ['data/districts.csv', 'boundary_id', 'B'],
      ['data/districts.csv', 'boundary_id', 'Z'],
    ]);
    expect(problems[1]?.hint).toMatch(/its polygons are East = A; West = B; Town \+ Rural = C/);
  });
  it('buildGeo(ctx) says which input is missing instead of failing on a file', () => {
    const { problems, outputs } = buildGeo(context({ inputs: inputs.filter((i) => i.id !== 'lakes-ne10m') }));
    expect(problems).toEqual([expect.objectContaining({ file: 'data/inputs.json', received: 'lakes-ne10m' })]);
    expect(outputs.size).toBe(0);
  });
});

describe('continuesTo', () => {
  it('continuesTo(route, projects, places) lists the unsourced places its projects name', () => {
    expect(continuesTo(testData.routes[0]!, testData.projects, testData.places)).toBe('Farplace');
    expect(continuesTo(testData.routes[1]!, testData.projects, testData.places)).toBeNull();
  });
});
