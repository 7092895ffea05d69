// Labels go where a polygon is widest, not at its centroid, which can fall outside a concave district.
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A ring as flat [x0, y0, x1, y1, …] coordinates: the search below reads them millions of times. */
type Flat = Float64Array;

const flatten = (ring: Position[]): Flat => Float64Array.from(ring.flatMap((p) => [p[0]!, p[1]!]));

function insideRing(x: number, y: number, r: Flat): boolean {
  let inside = false;
  for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
    const yi = r[i + 1]!;
    const yj = r[j + 1]!;
    if (yi > y !== yj > y && x < ((r[j]! - r[i]!) * (y - yi)) / (yj - yi) + r[i]!) inside = !inside;
  }
  return inside;
}

/** True when the point lies inside the outer ring and outside every hole. */
export function insidePolygon(p: Position, rings: Position[][]): boolean {
  const [x, y] = [p[0]!, p[1]!];
  return insideRing(x, y, flatten(rings[0]!)) && !rings.slice(1).some((hole) => insideRing(x, y, flatten(hole)));
}

/** Distance from (x, y) to the nearest edge of the rings, longitudes shrunk by kx to their length at this latitude. */
function edgeDistance(x: number, y: number, rings: readonly Flat[], kx: number): number {
  let best = Infinity;
  for (const r of rings) {
    for (let i = 2; i < r.length; i += 2) {
      const ax = r[i - 2]!;
      const ay = r[i - 1]!;
      const dx = (r[i]! - ax) * kx;
      const dy = r[i + 1]! - ay;
      const len = dx * dx + dy * dy;
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * kx * dx + (y - ay) * dy) / len));
      const ex = (ax - x) * kx + t * dx;
      const ey = ay + t * dy - y;
      const d = ex * ex + ey * ey;
      if (d < best) best = d;
    }
  }
  return Math.sqrt(best);
}

/**
 * A point inside the polygon far from its edges (the pole of inaccessibility, found on a coarse
 * grid and refined on a finer one around the best cell), rounded to 4 decimals so outputs are stable.
 */
export function labelPoint(geometry: Polygon | MultiPolygon, steps = 24): [number, number] {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((rings) => rings.map(flatten));
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) {
    const outer = rings[0]!;
    for (let i = 0; i < outer.length; i += 2) {
      w = Math.min(w, outer[i]!);
      e = Math.max(e, outer[i]!);
      s = Math.min(s, outer[i + 1]!);
      n = Math.max(n, outer[i + 1]!);
    }
  }
  const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const first = polygons[0]![0]!;
  let best: [number, number] = [first[0]!, first[1]!];
  let bestDistance = -1;
  const search = (x0: number, y0: number, x1: number, y1: number) => {
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const x = x0 + ((x1 - x0) * (i + 0.5)) / (steps + 1);
        const y = y0 + ((y1 - y0) * (j + 0.5)) / (steps + 1);
        const polygon = polygons.find((rings) => insideRing(x, y, rings[0]!) && !rings.slice(1).some((hole) => insideRing(x, y, hole)));
        if (!polygon) continue;
        const d = edgeDistance(x, y, polygon, kx);
        if (d > bestDistance) {
          bestDistance = d;
          best = [x, y];
        }
      }
    }
  };
  search(w, s, e, n);
  // Refine in the four cells around the coarse winner.
  const cw = (e - w) / (steps + 1);
  const ch = (n - s) / (steps + 1);
  search(best[0] - cw, best[1] - ch, best[0] + cw, best[1] + ch);
  return [Math.round(best[0] * 1e4) / 1e4, Math.round(best[1] * 1e4) / 1e4];
}
