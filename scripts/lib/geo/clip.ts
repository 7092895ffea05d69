// Clips lon/lat geometry to a rectangle so neighbours and lakes ship only the part a map can show.
import type { Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type BBox = readonly [number, number, number, number];

type Edge = { inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position };

function edges([w, s, e, n]: BBox): Edge[] {
  const atX = (x: number) => (a: Position, b: Position): Position => [x, a[1]! + ((b[1]! - a[1]!) * (x - a[0]!)) / (b[0]! - a[0]!)];
  const atY = (y: number) => (a: Position, b: Position): Position => [a[0]! + ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!), y];
  return [
    { inside: (p) => p[0]! >= w, cross: atX(w) },
    { inside: (p) => p[0]! <= e, cross: atX(e) },
    { inside: (p) => p[1]! >= s, cross: atY(s) },
    { inside: (p) => p[1]! <= n, cross: atY(n) },
  ];
}

/** Sutherland–Hodgman: the part of a closed ring inside the box, closed again; null when nothing is left. */
export function clipRing(ring: Position[], bbox: BBox): Position[] | null {
  let points = ring.slice(0, -1);
  for (const edge of edges(bbox)) {
    const out: Position[] = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i]!;
      const previous = points[(i + points.length - 1) % points.length]!;
      const ci = edge.inside(current);
      const pi = edge.inside(previous);
      if (ci) {
        if (!pi) out.push(edge.cross(previous, current));
        out.push(current);
      } else if (pi) {
        out.push(edge.cross(previous, current));
      }
    }
    points = out;
    if (points.length < 3) return null;
  }
  return [...points, points[0]!];
}

function clipPolygonRings(rings: Position[][], bbox: BBox): Position[][] | null {
  const exterior = clipRing(rings[0]!, bbox);
  if (!exterior) return null;
  const holes = rings.slice(1).map((r) => clipRing(r, bbox)).filter((r): r is Position[] => r !== null);
  return [exterior, ...holes];
}

/** Liang–Barsky: the part of segment a→b inside the box, or null. */
function clipSegment(a: Position, b: Position, [w, s, e, n]: BBox): [Position, Position] | null {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  let t0 = 0;
  let t1 = 1;
  const tests: [number, number][] = [[-dx, a[0]! - w], [dx, e - a[0]!], [-dy, a[1]! - s], [dy, n - a[1]!]];
  for (const [p, q] of tests) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  if (t0 > t1) return null;
  return [[a[0]! + t0 * dx, a[1]! + t0 * dy], [a[0]! + t1 * dx, a[1]! + t1 * dy]];
}

/** The parts of a line inside the box, as separate lines where it leaves and re-enters. */
export function clipLine(line: Position[], bbox: BBox): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] = [];
  for (let i = 1; i < line.length; i++) {
    const segment = clipSegment(line[i - 1]!, line[i]!, bbox);
    if (!segment) {
      if (current.length > 1) parts.push(current);
      current = [];
      continue;
    }
    const [a, b] = segment;
    const last = current[current.length - 1];
    if (!last || last[0] !== a[0] || last[1] !== a[1]) {
      if (current.length > 1) parts.push(current);
      current = [a];
    }
    current.push(b);
    // The segment was cut at its far end: the line leaves the box here.
    if (b[0] !== line[i]![0] || b[1] !== line[i]![1]) {
      parts.push(current);
      current = [];
    }
  }
  if (current.length > 1) parts.push(current);
  return parts;
}

/** Clips any polygon or line geometry; points pass when inside; null when nothing is left. */
export function clipGeometry(geometry: Geometry, bbox: BBox): Geometry | null {
  switch (geometry.type) {
    case 'Polygon': {
      const rings = clipPolygonRings(geometry.coordinates, bbox);
      return rings ? ({ type: 'Polygon', coordinates: rings } satisfies Polygon) : null;
    }
    case 'MultiPolygon': {
      const polygons = geometry.coordinates.map((p) => clipPolygonRings(p, bbox)).filter((p): p is Position[][] => p !== null);
      if (polygons.length === 0) return null;
      return polygons.length === 1
        ? ({ type: 'Polygon', coordinates: polygons[0]! } satisfies Polygon)
        : ({ type: 'MultiPolygon', coordinates: polygons } satisfies MultiPolygon);
    }
    case 'LineString':
    case 'MultiLineString': {
      const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
      const parts = lines.flatMap((l) => clipLine(l, bbox));
      if (parts.length === 0) return null;
      return parts.length === 1
        ? ({ type: 'LineString', coordinates: parts[0]! } satisfies LineString)
        : ({ type: 'MultiLineString', coordinates: parts } satisfies MultiLineString);
    }
    case 'Point': {
      const [x, y] = geometry.coordinates as [number, number];
      return x >= bbox[0] && x <= bbox[2] && y >= bbox[1] && y <= bbox[3] ? geometry : null;
    }
    default:
      throw new Error(`clipGeometry: ${geometry.type} is not supported; expected a Point, (Multi)LineString or (Multi)Polygon.`);
  }
}
