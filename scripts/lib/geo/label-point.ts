// Labels go where a polygon is widest, not at its centroid, which can fall outside a concave district.
import type { MultiPolygon, Polygon, Position } from 'geojson';

function insideRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y! !== yj > y! && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the point lies inside the outer ring and outside every hole. */
export function insidePolygon(p: Position, rings: Position[][]): boolean {
  return insideRing(p, rings[0]!) && !rings.slice(1).some((hole) => insideRing(p, hole));
}

function segmentDistance([px, py]: Position, [ax, ay]: Position, [bx, by]: Position, kx: number): number {
  // kx shrinks longitude degrees to their length at this latitude.
  const dx = (bx! - ax!) * kx;
  const dy = by! - ay!;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, (((px! - ax!) * kx) * dx + (py! - ay!) * dy) / len));
  const ex = (ax! - px!) * kx + t * dx;
  const ey = ay! + t * dy - py!;
  return Math.hypot(ex, ey);
}

/**
 * A point inside the polygon far from its edges (a grid search for the pole of inaccessibility),
 * rounded to 4 decimals so outputs are stable.
 */
export function labelPoint(geometry: Polygon | MultiPolygon, steps = 60): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const all = polygons.flat(2);
  const xs = all.map((p) => p[0]!);
  const ys = all.map((p) => p[1]!);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
  let best: [number, number] = [polygons[0]![0]![0]![0]!, polygons[0]![0]![0]![1]!];
  let bestDistance = -1;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const p: [number, number] = [w + ((e - w) * (i + 0.5)) / (steps + 1), s + ((n - s) * (j + 0.5)) / (steps + 1)];
      const polygon = polygons.find((rings) => insidePolygon(p, rings));
      if (!polygon) continue;
      let d = Infinity;
      for (const ring of polygon) for (let k = 1; k < ring.length; k++) d = Math.min(d, segmentDistance(p, ring[k - 1]!, ring[k]!, kx));
      if (d > bestDistance) {
        bestDistance = d;
        best = p;
      }
    }
  }
  return [Math.round(best[0] * 1e4) / 1e4, Math.round(best[1] * 1e4) / 1e4];
}
