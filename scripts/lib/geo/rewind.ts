// d3-geo reads a counter-clockwise exterior as "the globe minus the polygon" (STACK pitfall 5):
// RFC 7946 files wind the other way, so every polygon is rewound once in the data build.
import type { Geometry, Position } from 'geojson';

/** Twice the signed planar area of a ring in lon/lat (positive = counter-clockwise, north up). */
export function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1]!;
    const b = ring[i]!;
    sum += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return sum;
}

function wind(ring: Position[], clockwise: boolean): Position[] {
  const isClockwise = ringArea(ring) < 0;
  return isClockwise === clockwise ? ring : [...ring].reverse();
}

function rewindRings(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => wind(ring, i === 0));
}

/** Exteriors clockwise, holes counter-clockwise (d3-geo's convention; MapLibre accepts either). */
export function rewindForD3<G extends Geometry>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: rewindRings(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map(rewindRings) };
  return geometry;
}
