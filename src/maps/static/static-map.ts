// The map as an SVG string, drawn at build time with d3-geo from the same data, extent, colours
// and symbols as the live map: what readers see without JavaScript or WebGL, in print and until
// the live map is ready.
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { escape } from '../../core/escape.ts';
import { attrs, paint } from '../../charts/common/svg.ts';
import type { StaticContext } from '../layers/layer.ts';
import { mapLayerRegistry } from '../layers/registry.ts';
import type { Extent } from '../model/extents.ts';
import type { MapGeo } from '../model/geo.ts';
import { SMALLEST_LABEL } from '../model/marks.ts';
import { AREA } from '../model/symbols.ts';
import type { MapView } from '../model/view.ts';
import { compactPath } from './compact-path.ts';
import { labelGroupAttrs, labelSvg, layoutLabels } from './labels.ts';

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

/** Map bodies already drawn, by geo and by everything but the id prefix the body depends on. */
const drawn = new WeakMap<MapGeo, Map<string, string>>();

export function staticMap(geo: MapGeo, view: MapView, options?: Partial<StaticMapOptions>): string {
  const o: StaticMapOptions = { ...defaults, idPrefix: `map-${view.id}`, ...options };
  const width = o.width;
  const height = mapHeight(view.extent, width);
  // A chapter, its map page and its embed show the same drawing: it is laid out once per build.
  const key = JSON.stringify([view, width, o.fontSize, o.palette ?? null, o.narrowWidth, o.narrowMinSize]);
  let bodies = drawn.get(geo);
  if (bodies === undefined) drawn.set(geo, (bodies = new Map()));
  let body = bodies.get(key);
  if (body === undefined) bodies.set(key, (body = drawBody(geo, view, o, height)));
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
  return `${open}<title id="${escape(id)}-title">${escape(view.title)}</title><desc id="${escape(id)}-desc">${escape(view.description)}</desc>${body}</svg>`;
}

/** Everything inside the <svg> after its title and description: background, layer groups and both label sets. */
function drawBody(geo: MapGeo, view: MapView, o: StaticMapOptions, height: number): string {
  const pal = o.palette;
  const width = o.width;
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

  const labelGroup = (base: number, cls: string, hidden: boolean) => {
    const halo = base / o.fontSize;
    const placed = layoutLabels(candidates, width, height, obstacles, base, halo);
    return `<g${attrs({ class: `labels ${cls}`, display: hidden ? 'none' : undefined, ...labelGroupAttrs(halo, pal) })}>${placed.map((l) => labelSvg(l, pal)).join('')}</g>`;
  };
  // Narrow screens show the whole map smaller: their labels are set larger in map units (the smallest
  // at narrowMinSize px on a narrowWidth-px map), so fewer fit.
  const narrowBase = ((o.narrowMinSize / SMALLEST_LABEL) * width) / o.narrowWidth;
  const labels = labelGroup(o.fontSize, 'labels-wide', false) + labelGroup(narrowBase, 'labels-narrow', true);
  return [`<rect${attrs({ width, height, fill: paint(AREA.outside, pal) })}/>`, ...groups, labels].join('');
}
