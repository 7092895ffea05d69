// Emits the map data: one TopoJSON of outlines, districts, water, routes and places, clipped to
// DATA_EXTENT, simplified, quantised and wound for d3-geo; served to MapLibre and read by the static maps.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { District } from '../../src/schemas/district.ts';
import type { Place } from '../../src/schemas/place.ts';
import type { Project } from '../../src/schemas/project.ts';
import type { Route } from '../../src/schemas/route.ts';
import { DATA_EXTENT, REGION_EXTENT } from '../../src/maps/model/extents.ts';
import { districtPolygons } from '../../src/maps/model/polygons.ts';
import type { BuildContext, BuildResult, Builder, Problem } from '../lib/builder.ts';
import { clipGeometry } from '../lib/geo/clip.ts';
import { alongReference } from '../lib/geo/near.ts';
import { labelPoint } from '../lib/geo/label-point.ts';
import { rewindForD3 } from '../lib/geo/rewind.ts';
import { buildTopology, defaultTopologyOptions } from '../lib/geo/topology.ts';
import { readFeatures } from '../lib/features.ts';
import { earlierList, verifiedInputs } from '../lib/earlier.ts';

export interface GeoSummary {
  /** Public URL path of the topology, for the live maps. */
  url: string;
  /** Feature counts per layer, for the build log and tests. */
  counts: Record<string, number>;
  /** Places with a coordinate that falls outside DATA_EXTENT: not drawn. */
  outside: string[];
}

export const GEO_PUBLIC_PATH = 'public/generated/geo/zhetysu.topo.json';
export const GEO_SOURCE_PATH = 'src/generated/geo-static.topo.json';
/** Vertex threshold of the static copy: a triangle of about half a square pixel at 720 px. */
const STATIC_MIN_WEIGHT = 1e-8;
const WORLD_ATLAS = 'world-atlas/countries-50m.json';
const KAZAKHSTAN = '398';
/** How far (degrees) the OSM-derived border may stray from Natural Earth's and still count as the border. */
const BORDER_TOLERANCE = 0.08;

type Props = Record<string, string | number | boolean | null>;

function fc(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

function clipped(geometry: Geometry, properties: Props): Feature | null {
  const g = clipGeometry(geometry, DATA_EXTENT);
  return g ? { type: 'Feature', properties, geometry: rewindForD3(g) } : null;
}

function lines(geometry: MultiLineString, kind: string): Feature | null {
  return clipped(geometry, { kind });
}

function ringsAsLines(geometry: Polygon | MultiPolygon): MultiLineString {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return { type: 'MultiLineString', coordinates: polygons.flat() };
}

/** One verified input's features, or the problem that says it is missing (the inputs builder reports why). */
function readInput(ctx: BuildContext, id: string, problems: Problem[]): FeatureCollection | null {
  const input = verifiedInputs(ctx).get(id);
  if (!input) {
    problems.push({
      file: 'data/inputs.json',
      field: 'id',
      received: id,
      expected: `a verified input "${id}" (the maps are drawn from it)`,
      hint: 'Keep this input in data/inputs.json and run `npm run data` with the mirror available (ZHETYSU_SHARED_DIR).',
    });
    return null;
  }
  return { type: 'FeatureCollection', features: readFeatures(input.path) };
}

function worldAtlas(): Topology {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(WORLD_ATLAS), 'utf8')) as Topology;
}

/** Borders as lines drawn once: shared edges from a topology mesh, never doubled polygon strokes. */
function borders(regions: FeatureCollection, districts: FeatureCollection, outline: FeatureCollection, world: Topology): Feature[] {
  const regionTopo = topology({ regions });
  const regionObject = regionTopo.objects['regions'] as GeometryCollection;
  const districtTopo = topology({ districts });
  const districtObject = districtTopo.objects['districts'] as GeometryCollection;
  const countries = world.objects['countries'] as GeometryCollection;
  const isKz = (g: { id?: string | number | undefined }) => String(g.id) === KAZAKHSTAN;
  // Kazakhstan's border in the same (OSM) geometry as the districts, where Natural Earth agrees it is one.
  // Clipped first: only the part of the border the maps can show is worth comparing.
  const inExtent = (m: MultiLineString) => clipGeometry(m, DATA_EXTENT) as MultiLineString | LineString | null;
  const asMulti = (g: MultiLineString | LineString | null): MultiLineString => ({ type: 'MultiLineString', coordinates: g === null ? [] : g.type === 'LineString' ? [g.coordinates] : g.coordinates });
  const kzBorder = alongReference(
    asMulti(inExtent(mesh(regionTopo, regionObject, (a, b) => a === b))),
    asMulti(inExtent(mesh(world, countries, (a, b) => a !== b && (isKz(a) || isKz(b))))),
    BORDER_TOLERANCE,
  );
  const out = [
    lines(kzBorder, 'international'),
    lines(mesh(world, countries, (a, b) => a !== b && !isKz(a) && !isKz(b)), 'international'),
    lines(mesh(regionTopo, regionObject, (a, b) => a !== b), 'region'),
    lines(mesh(districtTopo, districtObject, (a, b) => a !== b), 'district'),
    ...outline.features.map((f) => lines(ringsAsLines(f.geometry as Polygon | MultiPolygon), 'outline')),
  ];
  return out.filter((f): f is Feature => f !== null);
}

function districtFeatures(source: FeatureCollection, districts: District[], problems: Problem[], file: string): { polygons: Feature[]; labels: Feature[] } {
  const polygons: Feature[] = [];
  const labels: Feature[] = [];
  const groups = districtPolygons(districts);
  for (const [index, f] of source.features.entries()) {
    const shapeId = String(f.properties?.['shapeID'] ?? '');
    const group = groups.find((g) => g.boundaryId === shapeId);
    if (!group) {
      problems.push({
        file: 'data/districts.csv',
        field: 'boundary_id',
        received: shapeId,
        expected: `a district whose boundary_id is the shapeID of polygon ${index} ("${String(f.properties?.['name_en'])}") in ${file}`,
        hint: 'Give the district (or districts) this polygon covers this boundary_id.',
      });
      continue;
    }
    const props: Props = {
      fid: `district:${group.id}`,
      id: group.id,
      name: group.name,
      // ';a;b;' lets a MapLibre expression ask "is district x in this polygon" with a substring test.
      districts: `;${group.members.join(';')};`,
      merged: group.merged,
    };
    const polygon = clipped(f.geometry, props);
    if (!polygon) continue;
    polygons.push(polygon);
    labels.push({ type: 'Feature', properties: { ...props, kind: 'district' }, geometry: { type: 'Point', coordinates: labelPoint(polygon.geometry as Polygon | MultiPolygon) } });
  }
  for (const group of groups) {
    if (source.features.some((f) => f.properties?.['shapeID'] === group.boundaryId)) continue;
    problems.push({
      file: 'data/districts.csv',
      field: 'boundary_id',
      received: group.boundaryId,
      expected: `the shapeID of a polygon in ${file} (districts ${group.members.join(', ')})`,
      hint: `Copy the shapeID from ${file}; its polygons are ${source.features.map((f) => `${String(f.properties?.['name_en'])} = ${String(f.properties?.['shapeID'])}`).join('; ')}.`,
    });
  }
  return { polygons, labels };
}

/** Kazakhstan as one area: the union of its regions (their borders are drawn as lines). */
function land(regions: FeatureCollection): Feature | null {
  const topo = topology({ regions });
  const object = topo.objects['regions'] as GeometryCollection;
  return clipped(merge(topo, object.geometries as Parameters<typeof merge>[1]), { fid: 'land:kz', name: 'Kazakhstan' });
}

/** A cheap test before clipping: does any vertex of the geometry fall inside the box? */
function touches(geometry: Geometry, [w, s, e, n]: readonly [number, number, number, number]): boolean {
  const stack: unknown[] = [(geometry as { coordinates?: unknown }).coordinates];
  while (stack.length > 0) {
    const c = stack.pop();
    if (!Array.isArray(c)) continue;
    if (typeof c[0] === 'number') {
      if (c[0] >= w && c[0] <= e && (c[1] as number) >= s && (c[1] as number) <= n) return true;
    } else stack.push(...c);
  }
  return false;
}

/** Country names placed where each neighbour is widest inside the region's usual view. */
function countryLabels(world: Topology): Feature[] {
  const countries = feature(world, world.objects['countries'] as GeometryCollection) as FeatureCollection;
  const labels: Feature[] = [];
  for (const f of countries.features) {
    if (String(f.id) === KAZAKHSTAN || !touches(f.geometry, REGION_EXTENT)) continue;
    const inView = clipGeometry(f.geometry, REGION_EXTENT);
    if (!inView || (inView.type !== 'Polygon' && inView.type !== 'MultiPolygon')) continue;
    const name = String(f.properties?.['name']);
    labels.push({ type: 'Feature', properties: { fid: `country:${String(f.id)}`, name: name.toUpperCase(), kind: 'country' }, geometry: { type: 'Point', coordinates: labelPoint(inView) } });
  }
  return labels;
}

function simpleFeatures(source: FeatureCollection, prefix: string): Feature[] {
  return source.features
    .map((f, i) => clipped(f.geometry, { fid: `${prefix}:${i}`, name: (f.properties?.['name_en'] ?? f.properties?.['name'] ?? null) as string | null }))
    .filter((f): f is Feature => f !== null);
}

/**
 * Where a route goes beyond its last drawn point: the places its projects name that have no
 * coordinate ("Kalbatau and Ust-Kamenogorsk"), or null when every named place is drawn.
 */
export function continuesTo(route: Route, projects: readonly Project[], places: readonly Place[]): string | null {
  const names: string[] = [];
  for (const project of projects.filter((p) => route.projects.includes(p.id))) {
    for (const id of project.places) {
      const place = places.find((p) => p.id === id);
      if (place && place.lon === null && !names.includes(place.nameEn)) names.push(place.nameEn);
    }
  }
  if (names.length === 0) return null;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

function routeFeatures(routes: Route[], projects: Project[], places: Place[]): { lines: Feature[]; ends: Feature[] } {
  const out: Feature[] = [];
  const ends: Feature[] = [];
  for (const r of routes) {
    if (r.coordinates.length < 2) continue;
    const geometry: LineString = { type: 'LineString', coordinates: r.coordinates as Position[] };
    const props: Props = { fid: `route:${r.id}`, id: r.id, name: r.name, kind: r.kind, state: r.state, schematic: r.schematic };
    const line = clipped(geometry, props);
    if (line) out.push(line);
    const last = r.coordinates[r.coordinates.length - 1]!;
    const beyond = continuesTo(r, projects, places);
    if (beyond && clipGeometry({ type: 'Point', coordinates: last }, DATA_EXTENT)) {
      ends.push({ type: 'Feature', properties: { fid: `route-end:${r.id}`, id: r.id, kind: r.kind, text: `continues to ${beyond}` }, geometry: { type: 'Point', coordinates: last } });
    }
  }
  return { lines: out, ends };
}

const DRAWN_PLACE_KINDS = new Set(['city', 'town', 'village', 'station', 'border-crossing', 'lake', 'reservoir', 'river']);

function placeFeatures(places: Place[]): { points: Feature[]; outside: string[] } {
  const points: Feature[] = [];
  const outside: string[] = [];
  for (const p of places) {
    // Unsourced places have no coordinate and are never drawn; regions and countries are areas.
    if (p.lon === null || p.lat === null || !DRAWN_PLACE_KINDS.has(p.kind)) continue;
    const f = clipped({ type: 'Point', coordinates: [p.lon, p.lat] }, { fid: `place:${p.id}`, id: p.id, name: p.nameEn, kind: p.kind, district: p.district });
    if (f) points.push(f);
    else outside.push(p.id);
  }
  return { points, outside };
}

export function buildGeo(ctx: BuildContext): BuildResult & { value?: GeoSummary } {
  const problems: Problem[] = [];
  const read = (id: string) => readInput(ctx, id, problems);
  const districtSource = read('districts-gb2017');
  const outline = read('outline-zhetysu');
  const regions = read('regions-kz-2022');
  const lakes = read('lakes-ne10m');
  const rivers = read('rivers-ne10m');
  if (!districtSource || !outline || !regions || !lakes || !rivers) return { outputs: new Map(), problems };

  const districts = earlierList<District>(ctx, 'districts');
  const places = earlierList<Place>(ctx, 'places');
  const routes = earlierList<Route>(ctx, 'routes');
  const projects = earlierList<Project>(ctx, 'projects');
  const world = worldAtlas();
  const districtFile = verifiedInputs(ctx).get('districts-gb2017')?.file ?? 'districts-gb2017';

  const d = districtFeatures(districtSource, districts, problems, districtFile);
  const r = routeFeatures(routes, projects, places);
  const p = placeFeatures(places);
  const layers: Record<string, FeatureCollection> = {
    land: fc([land(regions)].filter((f): f is Feature => f !== null)),
    districts: fc(d.polygons),
    lakes: fc(simpleFeatures(lakes, 'lake')),
    rivers: fc(simpleFeatures(rivers, 'river')),
    borders: fc(borders(regions, districtSource, outline, world)),
    routes: fc(r.lines),
    routeEnds: fc(r.ends),
    places: fc(p.points),
    labels: fc([...d.labels, ...countryLabels(world)]),
  };
  const json = JSON.stringify(buildTopology(layers));
  // The static maps are drawn about 720 px wide (≈ 1 km a pixel): a coarser copy keeps their inline SVG small.
  const staticJson = JSON.stringify(buildTopology(layers, { ...defaultTopologyOptions, minWeight: STATIC_MIN_WEIGHT }));
  const counts = Object.fromEntries(Object.entries(layers).map(([k, v]) => [k, v.features.length]));
  return {
    outputs: new Map([
      [GEO_PUBLIC_PATH, json],
      [GEO_SOURCE_PATH, staticJson],
    ]),
    problems,
    value: { url: '/generated/geo/zhetysu.topo.json', counts, outside: p.outside },
    summary: `map data: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`,
  };
}

export const geo: Builder<GeoSummary> = {
  name: 'geo',
  after: ['inputs', 'districts', 'places', 'projects', 'routes'],
  build: buildGeo,
};
