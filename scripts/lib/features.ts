// Picks one feature of a GeoJSON input by a `property=value[&property=value…]` selector and gives the point to draw it at.
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { insidePolygon, labelPoint } from './geo/label-point.ts';
import type { Problem } from './builder.ts';
import type { Input } from '../../src/schemas/input.ts';
import { suggestIds } from '../../src/core/suggest-ids.ts';

/** Reads a FeatureCollection; the inputs are verified by checksum, so a bad shape is a bug, not an editor's error. */
export function readFeatures(path: string): Feature[] {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  if (!Array.isArray(parsed.features)) throw new Error(`${path} is not a GeoJSON FeatureCollection`);
  return parsed.features;
}

/** `name=Ile&featurecla=River` → [["name", "Ile"], ["featurecla", "River"]]: every condition must hold. */
export function parseSelector(selector: string): [string, string][] {
  return selector.split('&').map((part) => {
    const at = part.indexOf('=');
    return [part.slice(0, at), part.slice(at + 1)];
  });
}

const holds = (feature: Feature, [property, value]: [string, string]): boolean => {
  const v: unknown = feature.properties?.[property];
  return v !== undefined && v !== null && String(v) === value;
};

/** Features whose properties, written as text, meet every condition of the selector. */
export function selectFeatures(features: readonly Feature[], selector: string): Feature[] {
  const conditions = parseSelector(selector);
  return features.filter((f) => conditions.every((condition) => holds(f, condition)));
}

/** A few values the property takes in the file, for a "did you mean" hint. */
export function propertyValues(features: readonly Feature[], property: string): string[] {
  return features.map((f): unknown => f.properties?.[property]).filter((v) => v !== undefined && v !== null).map(String);
}

const lengthOf = (line: Position[]): number =>
  line.reduce((sum, p, i) => (i === 0 ? 0 : sum + Math.hypot((p[0] ?? 0) - (line[i - 1]?.[0] ?? 0), (p[1] ?? 0) - (line[i - 1]?.[1] ?? 0))), 0);

/** The point halfway along a line. */
function midpoint(line: Position[]): [number, number] {
  const half = lengthOf(line) / 2;
  let walked = 0;
  for (let i = 1; i < line.length; i += 1) {
    const [ax = 0, ay = 0] = line[i - 1] ?? [];
    const [bx = 0, by = 0] = line[i] ?? [];
    const step = Math.hypot(bx - ax, by - ay);
    if (walked + step >= half && step > 0) {
      const t = (half - walked) / step;
      return [ax + (bx - ax) * t, ay + (by - ay) * t];
    }
    walked += step;
  }
  const [x = 0, y = 0] = line[0] ?? [];
  return [x, y];
}

const round = (n: number): number => Math.round(n * 1e5) / 1e5;

// The label search costs grid × vertices; a ring thinned to a few hundred vertices gives the same
// interior point for a marker and keeps the whole data build well under its 2 s budget.
const MAX_RING = 240;
const thin = (ring: Position[]): Position[] => {
  const step = Math.ceil(ring.length / MAX_RING);
  return step <= 1 ? ring : [...ring.filter((_, i) => i % step === 0), ring[0] as Position];
};

/** Area-weighted centroid of a ring (planar lon/lat, fine for a marker) and its absolute area. */
function ringCentroid(ring: Position[]): { x: number; y: number; area: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const cross = xj * yi - xi * yj;
    area += cross;
    x += (xj + xi) * cross;
    y += (yj + yi) * cross;
  }
  return area === 0 ? { x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0, area: 0 } : { x: x / (3 * area), y: y / (3 * area), area: Math.abs(area / 2) };
}

/** The centroid of the largest polygon when it falls inside it (the usual case, linear time), else a label point inside. */
function polygonPoint(polygons: Position[][][]): [number, number] {
  const largest = [...polygons].sort((a, b) => ringCentroid(b[0] ?? []).area - ringCentroid(a[0] ?? []).area)[0] ?? [];
  const { x, y } = ringCentroid(largest[0] ?? []);
  if (insidePolygon([x, y], largest)) return [round(x), round(y)];
  // A crescent (Lake Balkhash) has its centroid outside: search the thinned outline for an interior point.
  return labelPoint({ type: 'Polygon', coordinates: largest.map(thin) }, 24);
}

/** Where to put a place's marker: the point itself, a point inside a polygon, or halfway along the longest line. */
export function anchorPoint(geometry: Geometry): [number, number] | null {
  switch (geometry.type) {
    case 'Point':
      return [round(geometry.coordinates[0] ?? 0), round(geometry.coordinates[1] ?? 0)];
    case 'Polygon':
      return polygonPoint([geometry.coordinates]);
    case 'MultiPolygon':
      return polygonPoint(geometry.coordinates);
    case 'LineString':
      return midpoint(geometry.coordinates).map(round) as [number, number];
    case 'MultiLineString': {
      const longest = [...geometry.coordinates].sort((a, b) => lengthOf(b) - lengthOf(a))[0];
      return longest ? (midpoint(longest).map(round) as [number, number]) : null;
    }
    default:
      return null;
  }
}

/** Reads each verified input's features once per run. */
export function featureCache(inputs: ReadonlyMap<string, Input & { path: string }>): (inputId: string) => { input: Input; features: Feature[] } | undefined {
  const cache = new Map<string, Feature[]>();
  return (inputId) => {
    const verified = inputs.get(inputId);
    if (!verified) return undefined;
    let features = cache.get(inputId);
    if (!features) {
      features = readFeatures(verified.path);
      cache.set(inputId, features);
    }
    return { input: verified, features };
  };
}

/** The one feature a selector picks, or the problem that says why it picks none or several. */
export function pickFeature(features: readonly Feature[], selector: string, inputFile: string, at: { file: string; line: number; field: string }): { feature?: Feature; problem?: Problem } {
  const found = selectFeatures(features, selector);
  if (found.length === 1) return { feature: found[0] as Feature };
  const expected = `a selector matching exactly one feature of ${inputFile}`;
  if (found.length > 1) {
    // A property whose values tell the matches apart makes the selector unique.
    const keys = Object.keys(found[0]?.properties ?? {});
    const telling = keys.find((key) => new Set(found.map((f) => String(f.properties?.[key]))).size === found.length);
    const example = telling === undefined ? '' : ` (e.g. ${selector}&${telling}=${String(found[0]?.properties?.[telling])})`;
    return { problem: { ...at, received: selector, expected, hint: `${found.length} features match ${selector}: add a condition with &${example}, or select by a unique property such as osm_id.` } };
  }
  const [property, value] = parseSelector(selector).find((condition) => !features.some((f) => holds(f, condition))) ?? [];
  if (property === undefined || value === undefined) {
    return { problem: { ...at, received: selector, expected, hint: 'Each condition matches some feature, but no feature meets them all.' } };
  }
  const values = propertyValues(features, property);
  const close = suggestIds(value, values).map((c) => `${property}=${c}`);
  const hint =
    values.length === 0
      ? `No feature has a property named ${property}. Properties in this file: ${Object.keys(features[0]?.properties ?? {}).join(', ')}.`
      : `No feature has ${property}=${value}.${close.length > 0 ? ` Did you mean ${close.join(' or ')}?` : ''}`;
  return { problem: { ...at, received: selector, expected, hint } };
}
