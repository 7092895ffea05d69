// The map as an SVG string, drawn at build time with d3-geo from the same data, extent, colours
// and symbols as the live map: what readers see without JavaScript or WebGL, in print and until
// the live map is ready.
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { escape } from '../../core/escape.ts';
import { attrs, paint, r } from '../../charts/common/svg.ts';
import type { StaticContext } from '../layers/layer.ts';
import { mapLayerRegistry } from '../layers/registry.ts';
import type { Extent } from '../model/extents.ts';
import type { MapGeo } from '../model/geo.ts';
import { LABEL_STYLE, SMALLEST_LABEL, type LabelRole } from '../model/marks.ts';
import { AREA } from '../model/symbols.ts';
import type { MapView } from '../model/view.ts';
import { compactPath } from './compact-path.ts';
import { placeLabels } from './label-layout.ts';

export interface StaticMapOptions {
  /** Width of the viewBox in px; the height follows from the extent. Default 720. */
  width: number;
  /** Label size in px at that width. Default 13. */
  fontSize: number;
  /** Colour for each token name when the SVG is used without tokens.css; default CSS variables. */
  palette: Readonly<Record<string, string>> | undefined;
  /** Prefix of ids inside the SVG, unique on the page. Default the view id. */
  idPrefix: string;
  /**
   * Width in px of the map on a phone (390 px screen less the page's margins and the frame's border), at which the second
   * label set (class labels-narrow, hidden unless CSS shows it) is laid out: 320 covers a chapter (358), an embed or a demo box. Default 320.
   */
  narrowWidth: number;
  /** Smallest label size in px in the narrow set at narrowWidth. Default 11. */
  narrowMinSize: number;
}

const defaults: StaticMapOptions = { width: 720, fontSize: 13.5, palette: undefined, idPrefix: '', narrowWidth: 320, narrowMinSize: 11 };

/** Mercator corners of an extent: fitting them (not a polygon, whose edges d3 bends) matches MapLibre's fitBounds. */
function corners([w, s, e, n]: Extent): MultiPoint {
  return { type: 'MultiPoint', coordinates: [[w, s], [e, n]] };
}

/** Height of the map for a width, so the box has the extent's Mercator aspect ratio. */
export function mapHeight(extent: Extent, width: number): number {
  const p = geoMercator().scale(1).translate([0, 0]);
  const [x0, y0] = p([extent[0], extent[3]])!;
  const [x1, y1] = p([extent[2], extent[1]])!;
  return Math.round((width * (y1 - y0)) / (x1 - x0));
}

export function mapProjection(extent: Extent, width: number): GeoProjection {
  const height = mapHeight(extent, width);
  return geoMercator().fitSize([width, height], corners(extent)).clipExtent([[0, 0], [width, height]]);
}

export function staticMap(geo: MapGeo, view: MapView, options?: Partial<StaticMapOptions>): string {
  const o: StaticMapOptions = { ...defaults, idPrefix: `map-${view.id}`, ...options };
  const pal = o.palette;
  const width = o.width;
  const height = mapHeight(view.extent, width);
  const projection = mapProjection(view.extent, width);
  const path = compactPath(projection);
  const ctx: StaticContext = {
    view,
    geo,
    palette: pal,
    width,
    height,
    scale: width / 720,
    path: (f) => path(f),
    project: (lonLat) => projection(lonLat as [number, number]) as [number, number] | null,
    inFrame: ([x, y]) => x >= 0 && y >= 0 && x <= width && y <= height,
  };
  // Each layer draws its groups in registry order; labels of all layers are laid out together (wide and narrow).
  const drawings = mapLayerRegistry.map((layer) => layer.drawStatic(ctx));
  const g = (cls: string, body: string) => (body === '' ? '' : `<g class="${cls}">${body}</g>`);
  const groups = drawings.flatMap((d) => d.groups.map((group) => g(group.cls, group.body)));
  const candidates = drawings.flatMap((d) => d.labels);
  const obstacles = drawings.flatMap((d) => d.obstacles);
  const roleOf: Record<string, LabelRole> = Object.fromEntries(candidates.map((c) => [c.id, c.role]));

  const labelGroup = (base: number, cls: string, hidden: boolean) => {
    const sized = candidates.map(({ role, first, ...c }) => {
      const st = LABEL_STYLE[role];
      const fontSize = st.size * base;
      return { ...c, fontSize, priority: first ? -1 : st.priority, bold: st.bold ?? false, letterSpacing: (st.caps ?? 0) * fontSize };
    });
    // The halo is part of the label: the frame padding keeps it whole too.
    const placed = placeLabels(sized, width, height, obstacles, 4 * (base / o.fontSize));
    const body = placed
      .map((l) => {
        const st = LABEL_STYLE[roleOf[l.id] ?? 'town'];
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
          'data-role': roleOf[l.id],
        })}>${spans}</text>`;
      })
      .join('');
    return `<g${attrs({ class: `labels ${cls}`, display: hidden ? 'none' : undefined, stroke: paint('bg', pal), 'stroke-width': r(3 * (base / o.fontSize)), 'stroke-linejoin': 'round', 'paint-order': 'stroke' })}>${body}</g>`;
  };
  // Narrow screens show the whole map smaller: their labels are set larger in map units (the smallest
  // at narrowMinSize px on a narrowWidth-px map), so fewer fit.
  const narrowBase = ((o.narrowMinSize / SMALLEST_LABEL) * width) / o.narrowWidth;
  const labels = labelGroup(o.fontSize, 'labels-wide', false) + labelGroup(narrowBase, 'labels-narrow', true);

  const id = o.idPrefix;
  const open = `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${width} ${height}`,
    width: '100%',
    class: 'map-static-svg',
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    'data-map': view.id,
    'font-family': 'var(--font-body, system-ui, sans-serif)',
  })}>`;
  return [
    open,
    `<title id="${escape(id)}-title">${escape(view.title)}</title><desc id="${escape(id)}-desc">${escape(view.description)}</desc>`,
    `<rect${attrs({ width, height, fill: paint(AREA.outside, pal) })}/>`,
    ...groups,
    labels,
    '</svg>',
  ].join('');
}
