// Greedy label placement for the static map: each label tries right, left, above and below its
// point and is dropped if all four would overlap a placed label or leave the frame.
import { measureText } from '../charts/text.ts';

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

export function placeLabels(candidates: readonly LabelCandidate[], width: number, height: number, obstacles: readonly Box[] = []): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const c of [...candidates].sort((a, b) => a.priority - b.priority)) {
    const lineHeight = c.fontSize * 1.15;
    const w = Math.max(...c.lines.map((l) => measureText(l, c.fontSize)));
    const h = lineHeight * c.lines.length;
    const gap = c.r + 3;
    // Baseline of the first line for a block whose vertical centre is at y.
    const firstBaseline = (yCentre: number) => yCentre - h / 2 + c.fontSize * 0.85;
    // Area labels may slide a little off their point to clear a town; point labels go round their symbol.
    const centred = (dx: number, dy: number) => ({
      box: { x0: c.x + dx - w / 2, y0: c.y + dy - h / 2, x1: c.x + dx + w / 2, y1: c.y + dy + h / 2 },
      x: c.x + dx,
      y: firstBaseline(c.y + dy),
      anchor: 'middle' as const,
    });
    const near = [centred(0, 0), centred(0, -h * 0.75), centred(0, h * 0.75), centred(-w * 0.4, 0), centred(w * 0.4, 0)];
    const far = c.leader
      ? [2, 3, 4].flatMap((k) => [[0, 1], [0, -1], [-1, 0.5], [1, 0.5], [-1, -0.5], [1, -0.5]].map(([dx, dy]) => centred(dx! * (w / 2 + k * 8), dy! * (h / 2 + k * 8))))
      : [];
    const options: Array<{ box: Box; x: number; y: number; anchor: PlacedLabel['anchor'] }> = c.centred
      ? [...near, ...far]
      : [
          { box: { x0: c.x + gap, y0: c.y - h / 2, x1: c.x + gap + w, y1: c.y + h / 2 }, x: c.x + gap, y: firstBaseline(c.y), anchor: 'start' },
          { box: { x0: c.x - gap - w, y0: c.y - h / 2, x1: c.x - gap, y1: c.y + h / 2 }, x: c.x - gap, y: firstBaseline(c.y), anchor: 'end' },
          { box: { x0: c.x - w / 2, y0: c.y - gap - h, x1: c.x + w / 2, y1: c.y - gap }, x: c.x, y: firstBaseline(c.y - gap - h / 2), anchor: 'middle' },
          { box: { x0: c.x - w / 2, y0: c.y + gap, x1: c.x + w / 2, y1: c.y + gap + h }, x: c.x, y: firstBaseline(c.y + gap + h / 2), anchor: 'middle' },
        ];
    const fits = options.find((o) => o.box.x0 >= 2 && o.box.y0 >= 2 && o.box.x1 <= width - 2 && o.box.y1 <= height - 2 && !taken.some((t) => overlaps(t, o.box)));
    if (!fits) continue;
    taken.push(fits.box);
    const label: PlacedLabel = { id: c.id, x: fits.x, y: fits.y, anchor: fits.anchor, lines: c.lines, fontSize: c.fontSize };
    if (far.some((o) => o.box === fits.box)) {
      // The leader runs from the point to the nearest edge of the label's box.
      const x2 = Math.max(fits.box.x0, Math.min(c.x, fits.box.x1));
      const y2 = Math.max(fits.box.y0, Math.min(c.y, fits.box.y1));
      label.leader = { x1: c.x, y1: c.y, x2, y2 };
    }
    placed.push(label);
  }
  return placed;
}
