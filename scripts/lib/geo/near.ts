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

interface Segment {
  a: Position;
  b: Position;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function segments(reference: Position[][]): Segment[] {
  const out: Segment[] = [];
  for (const line of reference) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      out.push({ a, b, x0: Math.min(a[0]!, b[0]!), y0: Math.min(a[1]!, b[1]!), x1: Math.max(a[0]!, b[0]!), y1: Math.max(a[1]!, b[1]!) });
    }
  }
  return out;
}

/** True when `p` is within `tolerance` of a segment; segments whose box is too far are skipped unmeasured. */
function near(p: Position, reference: readonly Segment[], tolerance: number): boolean {
  const [x, y] = p as [number, number];
  for (const s of reference) {
    if (x < s.x0 - tolerance || x > s.x1 + tolerance || y < s.y0 - tolerance || y > s.y1 + tolerance) continue;
    if (segmentDistance(p, s.a, s.b) <= tolerance) return true;
  }
  return false;
}

/** The runs of `lines` whose vertices all lie within `tolerance` degrees of `reference`. */
export function alongReference(lines: MultiLineString, reference: MultiLineString, tolerance: number): MultiLineString {
  const out: Position[][] = [];
  const index = segments(reference.coordinates);
  for (const line of lines.coordinates) {
    let run: Position[] = [];
    for (const p of line) {
      if (near(p, index, tolerance)) run.push(p);
      else {
        if (run.length > 1) out.push(run);
        run = [];
      }
    }
    if (run.length > 1) out.push(run);
  }
  return { type: 'MultiLineString', coordinates: out };
}
