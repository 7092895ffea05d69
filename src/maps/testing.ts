// Small, invented fixtures for the map tests: two districts sharing nothing, one shared polygon,
// a town, a route. Coordinates are made up; they only have to be inside the test extent.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Claim } from '../schemas/claim.ts';
import type { District } from '../schemas/district.ts';
import type { Instruction } from '../schemas/instruction.ts';
import type { Place } from '../schemas/place.ts';
import type { Project } from '../schemas/project.ts';
import type { Route } from '../schemas/route.ts';
import type { MapData } from './model/data.ts';
import type { GeoProperties, MapGeo } from './model/geo.ts';
import type { MapView } from './model/view.ts';
import { UNCHECKED, type Tracked } from '../schemas/followup.ts';

// Clockwise exterior rings (d3-geo's winding) of three 1° squares side by side.
const square = (x: number): Geometry => ({ type: 'Polygon', coordinates: [[[x, 44], [x, 45], [x + 1, 45], [x + 1, 44], [x, 44]]] });
const fc = (features: Feature<Geometry, GeoProperties>[]): FeatureCollection<Geometry, GeoProperties> => ({ type: 'FeatureCollection', features });
const f = (properties: GeoProperties, geometry: Geometry): Feature<Geometry, GeoProperties> => ({ type: 'Feature', properties, geometry });

export const testGeo: MapGeo = {
  land: fc([f({ fid: 'land:kz' }, { type: 'Polygon', coordinates: [[[75, 43], [75, 46], [80, 46], [80, 43], [75, 43]]] })]),
  districts: fc([
    f({ fid: 'district:east', id: 'east', name: 'East', districts: ';east;', merged: false }, square(76)),
    f({ fid: 'district:west', id: 'west', name: 'West', districts: ';west;', merged: false }, square(77)),
    f({ fid: 'district:town-rural', id: 'town-rural', name: 'Town + Rural', districts: ';town-city;rural;', merged: true }, square(78)),
  ]),
  lakes: fc([f({ fid: 'lake:0', name: 'Lake' }, { type: 'Polygon', coordinates: [[[76.2, 44.2], [76.2, 44.4], [76.4, 44.4], [76.4, 44.2], [76.2, 44.2]]] })]),
  rivers: fc([f({ fid: 'river:0', name: 'River' }, { type: 'LineString', coordinates: [[75.5, 43.5], [79.5, 43.8]] })]),
  borders: fc([
    f({ kind: 'district' }, { type: 'MultiLineString', coordinates: [[[77, 44], [77, 45]], [[78, 44], [78, 45]]] }),
    f({ kind: 'outline' }, { type: 'MultiLineString', coordinates: [[[76, 44], [76, 45], [79, 45], [79, 44], [76, 44]]] }),
    f({ kind: 'international' }, { type: 'MultiLineString', coordinates: [[[79.8, 43], [79.8, 46]]] }),
  ]),
  routes: fc([
    f({ fid: 'route:road', id: 'road', name: 'Town–Village road', kind: 'highway', state: 'to-repair', schematic: true }, { type: 'LineString', coordinates: [[76.5, 44.5], [78.5, 44.5]] }),
    f({ fid: 'route:pipe', id: 'pipe', name: 'Pipe', kind: 'gas-pipeline', state: 'planned', schematic: false }, { type: 'LineString', coordinates: [[76.5, 44.8], [77.5, 44.9], [78.5, 44.8]] }),
  ]),
  routeEnds: fc([f({ fid: 'route-end:road', id: 'road', kind: 'highway', text: 'continues to Farplace' }, { type: 'Point', coordinates: [78.5, 44.5] })]),
  places: fc([
    f({ fid: 'place:town', id: 'town', name: 'Town <&> "One"', kind: 'town', district: 'town-city' }, { type: 'Point', coordinates: [78.5, 44.5] }),
    f({ fid: 'place:village', id: 'village', name: 'Village', kind: 'village', district: 'east' }, { type: 'Point', coordinates: [76.5, 44.5] }),
    f({ fid: 'place:lake', id: 'lake', name: 'Lake', kind: 'lake', district: null }, { type: 'Point', coordinates: [76.3, 44.3] }),
  ]),
  labels: fc([
    f({ fid: 'district:east', name: 'East', kind: 'district', merged: false }, { type: 'Point', coordinates: [76.5, 44.7] }),
    f({ fid: 'district:west', name: 'West', kind: 'district', merged: false }, { type: 'Point', coordinates: [77.5, 44.3] }),
    f({ fid: 'district:town-rural', name: 'Town + Rural', kind: 'district', merged: true }, { type: 'Point', coordinates: [78.5, 44.2] }),
    f({ fid: 'country:1', name: 'ELSEWHERE', kind: 'country' }, { type: 'Point', coordinates: [79.5, 45.5] }),
  ]),
};

const district = (id: string, nameEn: string, boundaryId: string, kind: District['kind'] = 'district'): District => ({
  id, nameEn, nameKk: nameEn, nameRu: nameEn, kind, centre: 'village', boundaryId, boundaryNote: null,
});
const place = (id: string, nameEn: string, kind: Place['kind'], d: string | null, lon: number | null, lat: number | null): Place => ({
  id, nameEn, nameKk: null, nameRu: null, kind, district: d, source: lon === null ? null : 'towns', sourceRef: lon === null ? null : `id=${id}`, note: null, lon, lat,
});

export const testData: MapData = {
  districts: [district('east', 'East', 'A'), district('west', 'West', 'B'), district('town-city', 'Town city', 'C', 'city'), district('rural', 'Rural', 'C')],
  places: [
    place('town', 'Town <&> "One"', 'town', 'town-city', 78.5, 44.5),
    place('village', 'Village', 'village', 'east', 76.5, 44.5),
    place('farplace', 'Farplace', 'city', null, null, null),
  ],
  routes: [
    { id: 'road', name: 'Town–Village road', kind: 'highway', state: 'to-repair', geometry: { schematic: true, via: ['village', 'town'] }, projects: ['road-repair'], quote: 'the road must be repaired', note: null, coordinates: [[76.5, 44.5], [78.5, 44.5]], schematic: true, sentences: ['p2s1'] },
    { id: 'pipe', name: 'Pipe', kind: 'gas-pipeline', state: 'planned', geometry: { input: 'pipes', ref: 'id=1' }, projects: [], quote: null, note: null, coordinates: [[76.5, 44.8], [78.5, 44.8]], schematic: false, sentences: [] },
  ] as unknown as Route[],
  claims: [
    { id: 'road-km', value: 120, unit: 'km', qualifier: 'exact', basis: 'stated', measure: 'road to repair', asOf: null, sinceYear: null, targetYear: null, topic: 'roads', districts: ['east', 'rural'], places: [], projects: ['road-repair'], quote: 'road of 120 km', note: null, sentences: ['p2s1'] },
  ] as Claim[],
  instructions: [
    { id: 'repair', kind: 'instruction', action: 'Repair the road', responsible: ['government'], deadlineSaid: 'next year', deadline: '2023-12-31', deadlineKind: 'date', topic: 'roads', districts: ['east'], places: ['town'], projects: ['road-repair'], claims: ['road-km'], quote: 'repair the road next year', note: null, followup: UNCHECKED, sentences: ['p2s2'] },
    { id: 'everywhere', kind: 'commitment', action: 'Do good everywhere', responsible: ['not-named'], deadlineSaid: null, deadline: null, deadlineKind: 'none', topic: 'roads', districts: [], places: [], projects: [], claims: [], quote: 'good everywhere', note: null, followup: UNCHECKED, sentences: ['p3s1'] },
  ] as Tracked<Instruction>[],
  projects: [
    { id: 'road-repair', name: 'Road repair', kind: 'infrastructure', state: 'to-repair', topic: 'roads', districts: ['east'], places: ['town', 'farplace'], route: 'road', claims: ['road-km'], quote: 'the road must be repaired', note: null, sentences: ['p2s1'] },
  ] as Project[],
};

/** A topic view of the fixtures, framed on the test extent. */
export const testView: MapView = {
  id: 'test',
  title: 'Test map',
  description: 'A map of invented places.',
  extent: [75.5, 43.5, 79.5, 45.5],
  accent: 'c-orange',
  topics: ['roads'],
  routeKinds: ['highway', 'gas-pipeline'],
  highlight: { polygons: ['east'], routes: ['road'], places: ['town'] },
  polygonCounts: null,
  placeCounts: null,
  places: ['town', 'village'],
};
