// The map as an SVG string, drawn at build time with d3-geo from the same data, extent, colours
// and symbols as the live map: what readers see without JavaScript or WebGL, in print and until
// the live map is ready.
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, MultiPoint } from 'geojson';
import { escape } from '../core/escape.ts';
import { attrs, paint, r } from '../charts/svg.ts';
import { compactPath } from './compact-path.ts';
import type { Extent } from './extents.ts';
import type { GeoProperties, MapGeo } from './geo.ts';
import { placeLabels, type LabelCandidate } from './label-layout.ts';
import { districtLabelLines, districtShortLines, LABEL_STYLE, placeRadius, placeRole, polygonFill, routeLabelLines, SMALLEST_LABEL, type LabelRole } from './marks.ts';
import { AREA, BORDER_SYMBOL, routeSymbol, type LineSymbol, type RouteKind, type RouteState } from './symbols.ts';
import type { MapView } from './view.ts';

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
const WATER_KINDS = new Set(['lake', 'reservoir', 'river']);

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

const props = (f: Feature<Geometry, GeoProperties>) => f.properties;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

function strokeAttrs(s: LineSymbol, palette: StaticMapOptions['palette'], scale = 1): Record<string, string | number | undefined> {
  const width = s.width * scale;
  return {
    fill: 'none',
    stroke: paint(s.colour, palette),
    'stroke-width': width,
    'stroke-dasharray': s.dash.length > 0 ? s.dash.map((d) => r(d * width)).join(' ') : undefined,
    'stroke-linecap': s.dash.length > 0 ? 'butt' : 'round',
    'stroke-linejoin': 'round',
  };
}

export function staticMap(geo: MapGeo, view: MapView, options?: Partial<StaticMapOptions>): string {
  const o: StaticMapOptions = { ...defaults, idPrefix: `map-${view.id}`, ...options };
  const pal = o.palette;
  const width = o.width;
  const height = mapHeight(view.extent, width);
  const projection = mapProjection(view.extent, width);
  const path = compactPath(projection);
  const scale = width / 720;
  const d = (f: Feature<Geometry, GeoProperties>) => path(f);
  // Features clipped away entirely leave no path behind.
  const pathEl = (f: Feature<Geometry, GeoProperties>, a: Record<string, string | number | undefined>) => {
    const data = d(f);
    return data === '' ? '' : `<path${attrs({ d: data, ...a })}/>`;
  };
  const g = (cls: string, body: string) => (body === '' ? '' : `<g class="${cls}">${body}</g>`);

  const land = geo.land.features.map((f) => pathEl(f, { fill: paint(AREA.region, pal) })).join('');
  const districts = geo.districts.features
    .map((f) => {
      const id = str(props(f)['id']);
      const p = polygonFill(view, id);
      // Unshaded districts show the land fill beneath; only the shaded ones need a path.
      return p ? pathEl(f, { fill: paint(p.colour, pal), 'fill-opacity': p.opacity === 1 ? undefined : p.opacity, 'data-fid': str(props(f)['fid']) }) : '';
    })
    .join('');
  const lakes = geo.lakes.features.map((f) => pathEl(f, { fill: paint(AREA.water, pal) })).join('');
  const rivers = geo.rivers.features.map((f) => pathEl(f, { ...strokeAttrs({ colour: AREA.waterLine, width: 1, dash: [] }, pal, scale) })).join('');
  const borderOrder = ['region', 'international', 'district', 'outline'] as const;
  const borders = borderOrder
    .flatMap((kind) => geo.borders.features.filter((f) => props(f)['kind'] === kind).map((f) => pathEl(f, { ...strokeAttrs(BORDER_SYMBOL[kind], pal, scale) })))
    .join('');

  const routes = geo.routes.features
    .filter((f) => view.routeKinds.includes(str(props(f)['kind']) as RouteKind))
    .map((f) => ({ f, highlighted: view.highlight.routes.includes(str(props(f)['id'])) }))
    .sort((a, b) => Number(a.highlighted) - Number(b.highlighted))
    .map(({ f, highlighted }) => {
      const s = routeSymbol(str(props(f)['kind']) as RouteKind, str(props(f)['state']) as RouteState, highlighted);
      const ticks = s.ticks ? pathEl(f, { ...strokeAttrs({ colour: s.colour, width: s.ticks.width, dash: s.ticks.dash }, pal, scale) }) : '';
      return pathEl(f, { ...strokeAttrs(s, pal, scale), 'data-fid': str(props(f)['fid']) }) + ticks;
    })
    .join('');

  // Points, arrows and the label candidates they bring; labels are laid out twice (wide and narrow).
  const inFrame = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x <= width && y <= height;
  const at = (f: Feature<Geometry, GeoProperties>) => projection((f.geometry as unknown as { coordinates: [number, number] }).coordinates) as [number, number] | null;
  type Candidate = Omit<LabelCandidate, 'fontSize' | 'priority'> & { role: LabelRole; first?: boolean };
  const candidates: Candidate[] = [];
  const obstacles: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const roleOf: Record<string, LabelRole> = {};
  const add = (c: Candidate) => {
    roleOf[c.id] = c.role;
    candidates.push(c);
  };
  let dots = '';
  for (const f of geo.places.features) {
    const id = str(props(f)['id']);
    const water = WATER_KINDS.has(str(props(f)['kind']));
    if (!water && !view.places.includes(id)) continue;
    const xy = at(f);
    if (!xy || !inFrame(xy)) continue;
    const name = str(props(f)['name']);
    const fid = `place:${id}`;
    if (water) {
      add({ id: fid, x: xy[0], y: xy[1], lines: [name], role: 'water', r: 0, centred: true });
      continue;
    }
    const highlighted = view.highlight.places.includes(id);
    const radius = placeRadius(view, id) * scale;
    dots += `<circle${attrs({ cx: xy[0], cy: xy[1], r: radius, fill: paint(highlighted ? view.accent : 'fg', pal), stroke: paint('bg', pal), 'stroke-width': 1, 'data-fid': fid })}/>`;
    obstacles.push({ x0: xy[0] - radius, y0: xy[1] - radius, x1: xy[0] + radius, y1: xy[1] + radius });
    add({ id: fid, x: xy[0], y: xy[1], lines: [name], role: placeRole(view, id), r: radius });
  }
  // District labels keep inside their polygon where they fit; the small shared polygon claims its room first.
  const ringsOf = (polygonId: string) => {
    const f = geo.districts.features.find((x) => props(x)['id'] === polygonId);
    const polys = f?.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f?.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    return polys.flatMap((rings) => rings.map((ring) => ring.map((pt) => projection(pt as [number, number]) as [number, number])));
  };
  for (const f of geo.labels.features) {
    const xy = at(f);
    if (!xy || !inFrame(xy)) continue;
    const p = props(f);
    const district = p['kind'] === 'district';
    const fid = str(p['fid']);
    const lines = district ? districtLabelLines(str(p['name']), p['merged'] === true) : [str(p['name'])];
    const rings = district ? ringsOf(str(p['id'])) : [];
    add({ id: fid, x: xy[0], y: xy[1], lines, role: district ? 'district' : 'country', r: 0, centred: true, leader: p['merged'] === true, ...(rings.length > 0 ? { within: rings } : {}), ...(p['merged'] === true ? { short: districtShortLines(str(p['name'])), first: true } : {}) });
  }
  // Each highlighted route is named beside the middle of its line, so every view says which road it shows.
  for (const f of geo.routes.features) {
    const routeId = str(props(f)['id']);
    if (!view.highlight.routes.includes(routeId) || f.geometry.type !== 'LineString') continue;
    const coords = f.geometry.coordinates;
    const mid = projection(coords[Math.floor((coords.length - 1) / 2)] as [number, number]) as [number, number] | null;
    const next = projection(coords[Math.floor((coords.length - 1) / 2) + 1] as [number, number]) as [number, number] | null;
    if (!mid || !next) continue;
    const xy: [number, number] = [(mid[0] + next[0]) / 2, (mid[1] + next[1]) / 2];
    if (!inFrame(xy)) continue;
    add({ id: `route:${routeId}`, x: xy[0], y: xy[1], lines: routeLabelLines(str(props(f)['name'])), role: 'route', r: 4 });
  }
  let ends = '';
  for (const f of geo.routeEnds.features) {
    const routeId = str(props(f)['id']);
    if (!view.highlight.routes.includes(routeId)) continue;
    const route = geo.routes.features.find((x) => props(x)['id'] === routeId);
    const coords = route?.geometry.type === 'LineString' ? route.geometry.coordinates : null;
    const xy = at(f);
    if (!coords || coords.length < 2 || !xy || !inFrame(xy)) continue;
    const prev = projection(coords[coords.length - 2] as [number, number]) as [number, number];
    const angle = (Math.atan2(xy[1] - prev[1], xy[0] - prev[0]) * 180) / Math.PI;
    const colour = paint(routeSymbol(str(props(f)['kind']) as RouteKind, 'existing', true).colour, pal);
    ends += `<path${attrs({ d: 'M0,-5L9,0L0,5Z', fill: colour, transform: `translate(${r(xy[0])},${r(xy[1])}) rotate(${r(angle)})` })}/>`;
    add({ id: str(props(f)['fid']), x: xy[0], y: xy[1], lines: [str(props(f)['text'])], role: 'route-end', r: 10 });
  }

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
    g('land', land),
    g('districts', districts),
    g('water', lakes + rivers),
    g('borders', borders),
    g('routes', routes),
    g('route-ends', ends),
    g('places', dots),
    labels,
    '</svg>',
  ].join('');
}
