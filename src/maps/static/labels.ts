// A map's labels from its layers, sized by role, placed and drawn as SVG text: the static map and the live
// map's label overlay (src/maps/client/live-labels.ts) both go through here, so both read the same.
import { escape } from '../../core/escape.ts';
import { attrs, paint, r } from '../../charts/common/svg.ts';
import type { Box, LabelRequest, StaticContext, SvgPalette } from '../layers/layer.ts';
import { mapLayerRegistry } from '../layers/registry.ts';
import type { MapGeo } from '../model/geo.ts';
import { LABEL_STYLE, type LabelRole } from '../model/marks.ts';
import type { MapView } from '../model/view.ts';
import { placeLabels, type PlacedLabel } from './label-layout.ts';

/** Label size in px at which halo and frame padding are set: the static map's base at 720 px, the live map's in CSS px. */
export const BASE_LABEL_SIZE = 13.5;

export interface MapLabel extends PlacedLabel {
  role: LabelRole;
}

/** The labels and the marks they must not cover, of every layer of a view, at a projection. */
export function labelRequests(
  geo: MapGeo,
  view: MapView,
  width: number,
  height: number,
  project: StaticContext['project'],
): { labels: LabelRequest[]; obstacles: Box[] } {
  // Only the labels are wanted: no paths are drawn, and symbols have their live size (scale 1).
  const ctx: StaticContext = { view, geo, palette: undefined, width, height, scale: 1, path: () => '', project, inFrame: ([x, y]) => x >= 0 && y >= 0 && x <= width && y <= height };
  const drawings = mapLayerRegistry.map((layer) => layer.drawStatic(ctx));
  return { labels: drawings.flatMap((d) => d.labels), obstacles: drawings.flatMap((d) => d.obstacles) };
}

/**
 * Sizes the requests for a base size in px and places them in the frame, highest priority first; `halo`
 * (the halo's share of its size at BASE_LABEL_SIZE) sets the padding that keeps halos inside the frame.
 */
export function layoutLabels(requests: readonly LabelRequest[], width: number, height: number, obstacles: readonly Box[], base: number, halo = base / BASE_LABEL_SIZE): MapLabel[] {
  const roleOf = new Map(requests.map((c) => [c.id, c.role]));
  const sized = requests.map(({ role, first, ...c }) => {
    const st = LABEL_STYLE[role];
    const fontSize = st.size * base;
    return { ...c, fontSize, priority: first ? -1 : st.priority, bold: st.bold ?? false, letterSpacing: (st.caps ?? 0) * fontSize };
  });
  // The halo is part of the label: the frame padding keeps it whole too.
  return placeLabels(sized, width, height, obstacles, 4 * halo).map((l) => ({ ...l, role: roleOf.get(l.id) ?? 'town' }));
}

/** One label as SVG: its leader line when it has one, then its text. */
export function labelSvg(l: MapLabel, pal: SvgPalette): string {
  const st = LABEL_STYLE[l.role];
  const leader = l.leader ? `<line${attrs({ ...l.leader, stroke: paint('muted', pal), 'stroke-width': 0.8 })}/><circle${attrs({ cx: l.leader.x1, cy: l.leader.y1, r: 1.5, fill: paint('muted', pal) })}/>` : '';
  const spans = l.lines.map((line, i) => `<tspan${attrs({ x: l.x, dy: i === 0 ? undefined : l.fontSize * 1.15 })}>${escape(line)}</tspan>`).join('');
  return `${leader}<text${attrs({
    x: l.x,
    y: l.y,
    'text-anchor': l.anchor,
    'font-size': l.fontSize,
    fill: paint(st.colour, pal),
    'font-weight': st.bold ? 700 : undefined,
    'font-style': st.italic ? 'italic' : undefined,
    'letter-spacing': st.caps ? r(st.caps * l.fontSize) : undefined,
    'data-role': l.role,
  })}>${spans}</text>`;
}

/** Attributes of the group that holds labels: the halo drawn under each label's text (`halo` as in layoutLabels). */
export function labelGroupAttrs(halo: number, pal: SvgPalette): Record<string, string | number> {
  return { stroke: paint('bg', pal), 'stroke-width': r(3 * halo), 'stroke-linejoin': 'round', 'paint-order': 'stroke' };
}
