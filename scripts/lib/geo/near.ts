// Keeps the parts of lines that run along a reference line: the 2017 regions' outer edge is the
// border only where it follows the country outline, not where the derived regions leave gaps.
import type { MultiLineString, Position } from 'geojson';

function segmentDistance(p: Position, a: Position, b: Position): number {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / len));
  return Math.hypot(a[0]! + t * dx - p[0]!, a[1]! + t * dy - p[1]!);
}

function distance(p: Position, reference: Position[][]): number {
  let best = Infinity;
  for (const line of reference) for (let i = 1; i < line.length; i++) best = Math.min(best, segmentDistance(p, line[i - 1]!, line[i]!));
  return best;
}

/** The runs of `lines` whose vertices all lie within `tolerance` degrees of `reference`. */
export function alongReference(lines: MultiLineString, reference: MultiLineString, tolerance: number): MultiLineString {
  const out: Position[][] = [];
  for (const line of lines.coordinates) {
    let run: Position[] = [];
    for (const p of line) {
      if (distance(p, reference.coordinates) <= tolerance) run.push(p);
      else {
        if (run.length > 1) out.push(run);
        run = [];
      }
    }
    if (run.length > 1) out.push(run);
  }
  return { type: 'MultiLineString', coordinates: out };
}
