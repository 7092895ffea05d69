// Greedy label placement, shared by the static SVG and the live map: in priority order each label
// tries right, left, above and below its point (area labels: spots inside their area) and is
// dropped if every spot overlaps a placed label or comes closer than `padding` to the frame.
import { measureText } from '../../core/svg-text.ts';

export interface LabelCandidate {
  id: string;
  /** Anchor point in px. */
  x: number;
  y: number;
  /** Lines of text (district labels may wrap). */
  lines: string[];
  fontSize: number;
  /** Radius of the symbol at the point (0 for a bare label centred on the point). */
  r: number;
  /** Lower goes first. */
  priority: number;
  /** Area labels (districts, countries, lakes) sit centred on their point, moving only a little. */
  centred?: boolean;
  /** An area label that must not be dropped: it may move further away, tied to its point by a leader line. */
  leader?: boolean;
  /** Extra space between letters in px (small-caps district names). */
  letterSpacing?: number;
  /** Set in bold (the regional capital): measured wider. */
  bold?: boolean;
  /** A shorter form of the lines, tried inside the area before the label leaves it. */
  short?: string[];
  /** Rings of the label's area in px: an area label first tries spots whose box lies wholly inside. */
  within?: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
}

export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
  fontSize: number;
  /** Where a leader line starts (the label's point) and ends (the edge of its box), when it has one. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Even-odd point-in-polygon over all rings (holes included). */
export function insideRings(rings: NonNullable<LabelCandidate['within']>, x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** A box lies inside the area when its corners, edge midpoints and centre all do. */
function boxInside(rings: NonNullable<LabelCandidate['within']>, b: Box): boolean {
  const xs = [b.x0, (b.x0 + b.x1) / 2, b.x1];
  const ys = [b.y0, (b.y0 + b.y1) / 2, b.y1];
  return xs.every((x) => ys.every((y) => insideRings(rings, x, y)));
}

/** Centres to try across an area's bounding box, an eighth of a label apart (at most 1,600 of them). */
function spotsIn(rings: NonNullable<LabelCandidate['within']>, w: number, h: number): Array<[number, number]> {
  const pts = rings.flat();
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const dx = Math.max(w / 8, (x1 - x0) / 40);
  const dy = Math.max(h / 4, (y1 - y0) / 40);
  const out: Array<[number, number]> = [];
  for (let x = x0 + w / 2; x <= x1 - w / 2; x += dx) for (let y = y0 + h / 2; y <= y1 - h / 2; y += dy) out.push([x, y]);
  return out;
}

/** Width of a label block in px as drawn (letter spacing follows every character). */
export function labelWidth(c: Pick<LabelCandidate, 'lines' | 'fontSize' | 'letterSpacing' | 'bold'>): number {
  return Math.max(...c.lines.map((l) => measureText(l, c.fontSize, c.bold ?? false) + [...l].length * (c.letterSpacing ?? 0)));
}

/**
 * Places labels greedily by priority (lower first). `padding` keeps every label that far from the
 * frame's edges, so none is cut by the frame or by rounding.
 */
export function placeLabels(candidates: readonly LabelCandidate[], width: number, height: number, obstacles: readonly Box[] = [], padding = 4): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  type Option = { box: Box; x: number; y: number; anchor: PlacedLabel['anchor']; lines: string[]; leader?: boolean };
  for (const c of [...candidates].sort((a, b) => a.priority - b.priority)) {
    const lineHeight = c.fontSize * 1.15;
    const gap = c.r + 0.25 * c.fontSize;
    // Measured once per set of lines (the label's and its short form): every spot tried reuses it.
    const sizes = new Map<string[], { w: number; h: number }>();
    const size = (lines: string[]) => {
      let s = sizes.get(lines);
      if (!s) sizes.set(lines, (s = { w: labelWidth({ ...c, lines }), h: lineHeight * lines.length }));
      return s;
    };
    // Baseline of the first line for a block of height h whose vertical centre is at y.
    const firstBaseline = (yCentre: number, h: number) => yCentre - h / 2 + c.fontSize * 0.85;
    // Area labels may slide a little off their point to clear a town; point labels go round their symbol.
    const centred = (lines: string[], dx: number, dy: number): Option => {
      const { w, h } = size(lines);
      return { box: { x0: c.x + dx - w / 2, y0: c.y + dy - h / 2, x1: c.x + dx + w / 2, y1: c.y + dy + h / 2 }, x: c.x + dx, y: firstBaseline(c.y + dy, h), anchor: 'middle', lines };
    };
    // In the frame (with padding) and clear of every label placed so far.
    const free = (o: Option) => o.box.x0 >= padding && o.box.y0 >= padding && o.box.x1 <= width - padding && o.box.y1 <= height - padding && !taken.some((t) => overlaps(t, o.box));
    const nearAround = (lines: string[]) => {
      const { w, h } = size(lines);
      return [centred(lines, 0, 0), centred(lines, 0, -h * 0.75), centred(lines, 0, h * 0.75), centred(lines, -w * 0.4, 0), centred(lines, w * 0.4, 0)];
    };
    // An area label with its rings keeps to spots wholly inside the area, nearest its point first;
    // its short form (when it has one) is tried inside before the label leaves its area. Spots are
    // tested lazily (the polygon test is the costly part), so the live map can lay out every frame.
    const rings = c.within;
    function* insideSpots(lines: string[]): Generator<Option> {
      if (!rings) return;
      const { w, h } = size(lines);
      for (const o of nearAround(lines)) if (free(o) && boxInside(rings, o.box)) yield o;
      const spots = spotsIn(rings, w, h).sort((a, b) => Math.hypot(a[0] - c.x, a[1] - c.y) - Math.hypot(b[0] - c.x, b[1] - c.y));
      for (const [x, y] of spots) {
        const o = centred(lines, x - c.x, y - c.y);
        if (free(o) && boxInside(rings, o.box)) yield o;
      }
    }
    const far = (): Option[] =>
      [2, 3, 4, 6, 8, 11].flatMap((k) =>
        [[0, 1], [0, -1], [-1, 0.5], [1, 0.5], [-1, -0.5], [1, -0.5], [-1, 1], [1, 1], [-1, -1], [1, -1]].map(([dx, dy]) => {
          const { w, h } = size(c.lines);
          return { ...centred(c.lines, dx! * (w / 2 + k * 0.6 * c.fontSize), dy! * (h / 2 + k * 0.6 * c.fontSize)), leader: true };
        }),
      );
    function* options(): Generator<Option> {
      if (c.centred) {
        // Outside its area such a label is tied to its point by a leader, or (without one) sits near it.
        if (rings) {
          yield* insideSpots(c.lines);
          if (c.short) yield* insideSpots(c.short);
          yield* c.leader ? far() : nearAround(c.lines);
        } else {
          yield* nearAround(c.lines);
          if (c.leader) yield* far();
        }
        return;
      }
      const { w, h } = size(c.lines);
      const y = firstBaseline(c.y, h);
      const d = gap * 0.7;
      const lines = c.lines;
      yield* [
        { box: { x0: c.x + gap, y0: c.y - h / 2, x1: c.x + gap + w, y1: c.y + h / 2 }, x: c.x + gap, y, anchor: 'start', lines },
        { box: { x0: c.x - gap - w, y0: c.y - h / 2, x1: c.x - gap, y1: c.y + h / 2 }, x: c.x - gap, y, anchor: 'end', lines },
        { box: { x0: c.x - w / 2, y0: c.y - gap - h, x1: c.x + w / 2, y1: c.y - gap }, x: c.x, y: firstBaseline(c.y - gap - h / 2, h), anchor: 'middle', lines },
        { box: { x0: c.x - w / 2, y0: c.y + gap, x1: c.x + w / 2, y1: c.y + gap + h }, x: c.x, y: firstBaseline(c.y + gap + h / 2, h), anchor: 'middle', lines },
        // Then the four diagonals, for a town crowded by its neighbours.
        { box: { x0: c.x + d, y0: c.y - d - h, x1: c.x + d + w, y1: c.y - d }, x: c.x + d, y: firstBaseline(c.y - d - h / 2, h), anchor: 'start', lines },
        { box: { x0: c.x + d, y0: c.y + d, x1: c.x + d + w, y1: c.y + d + h }, x: c.x + d, y: firstBaseline(c.y + d + h / 2, h), anchor: 'start', lines },
        { box: { x0: c.x - d - w, y0: c.y - d - h, x1: c.x - d, y1: c.y - d }, x: c.x - d, y: firstBaseline(c.y - d - h / 2, h), anchor: 'end', lines },
        { box: { x0: c.x - d - w, y0: c.y + d, x1: c.x - d, y1: c.y + d + h }, x: c.x - d, y: firstBaseline(c.y + d + h / 2, h), anchor: 'end', lines },
      ] satisfies Option[];
    }
    let fits: Option | undefined;
    for (const o of options()) {
      if (free(o)) {
        fits = o;
        break;
      }
    }
    if (!fits) continue;
    taken.push(fits.box);
    const label: PlacedLabel = { id: c.id, x: fits.x, y: fits.y, anchor: fits.anchor, lines: fits.lines, fontSize: c.fontSize };
    if (fits.leader) {
      // The leader runs from the point to the nearest edge of the label's box.
      const x2 = Math.max(fits.box.x0, Math.min(c.x, fits.box.x1));
      const y2 = Math.max(fits.box.y0, Math.min(c.y, fits.box.y1));
      label.leader = { x1: c.x, y1: c.y, x2, y2 };
    }
    placed.push(label);
  }
  return placed;
}
