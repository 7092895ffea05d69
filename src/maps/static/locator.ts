// A small locator for one instruction's page: the region's districts, the ones it names shaded, its places as dots.
import type { GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { escape } from '../../core/escape.ts';
import { attrs, r } from '../../charts/common/svg.ts';
import { compactPath } from './compact-path.ts';
import { REGION_EXTENT } from '../model/extents.ts';
import type { GeoProperties, MapGeo } from '../model/geo.ts';
import { mapHeight, mapProjection } from './static-map.ts';
import { AREA } from '../model/symbols.ts';

export interface LocatorOptions {
  /** District ids to shade. */
  districts: readonly string[];
  /** Place ids to mark and label. */
  places: readonly string[];
  width: number;
  /** Unique id prefix for the SVG's title. */
  id: string;
  /** The accessible name, e.g. "Where: Aksu district, Tekeli". */
  title: string;
}

export interface Locator {
  svg: string;
  width: number;
  height: number;
  /** Requested places the map has no coordinate for (not drawn). */
  missing: string[];
}

const v = (token: string): string => `var(--${token})`;
const prop = (f: Feature<Geometry, GeoProperties>, key: string): string => {
  const value = f.properties[key];
  return typeof value === 'string' ? value : '';
};

interface Frame {
  projection: GeoProjection;
  /** Each feature's path at this width, projected once: every instruction page draws the same outlines. */
  d: (f: Feature<Geometry, GeoProperties>) => string;
}

const frames = new WeakMap<MapGeo, Map<number, Frame>>();

function frameOf(geo: MapGeo, width: number): Frame {
  let byWidth = frames.get(geo);
  if (byWidth === undefined) frames.set(geo, (byWidth = new Map()));
  let frame = byWidth.get(width);
  if (frame === undefined) {
    const projection = mapProjection(REGION_EXTENT, width);
    const path = compactPath(projection);
    const paths = new Map<Feature, string>();
    const d = (f: Feature<Geometry, GeoProperties>): string => {
      let out = paths.get(f);
      if (out === undefined) paths.set(f, (out = path(f)));
      return out;
    };
    byWidth.set(width, (frame = { projection, d }));
  }
  return frame;
}

/** The locator SVG; districts match by id or by a merged polygon's district list. */
export function locatorSvg(geo: MapGeo, o: LocatorOptions): Locator {
  const height = mapHeight(REGION_EXTENT, o.width);
  const { projection, d } = frameOf(geo, o.width);
  const wanted = new Set(o.districts);
  const shaded = (f: Feature<Geometry, GeoProperties>): boolean => prop(f, 'districts').split(';').some((d) => wanted.has(d)) || wanted.has(prop(f, 'id'));
  const el = (f: Feature<Geometry, GeoProperties>, a: Record<string, string | number>): string => `<path${attrs({ d: d(f), ...a })}/>`;
  const land = geo.land.features.map((f) => el(f, { fill: v(AREA.region) })).join('');
  const districts = geo.districts.features.map((f) => el(f, { fill: shaded(f) ? v('c-blue') : v(AREA.district), 'fill-opacity': shaded(f) ? '0.45' : '1', stroke: v('rule'), 'stroke-width': 0.75 })).join('');
  const lakes = geo.lakes.features.map((f) => el(f, { fill: v(AREA.water) })).join('');
  const byId = new Map(geo.places.features.map((f) => [prop(f, 'id'), f]));
  const missing: string[] = [];
  let dots = '';
  for (const id of o.places) {
    const f = byId.get(id);
    const xy = f && f.geometry.type === 'Point' ? projection(f.geometry.coordinates as [number, number]) : null;
    if (!f || !xy) {
      missing.push(id);
      continue;
    }
    const [x, y] = [r(xy[0]), r(xy[1])];
    // Labels flip to the left in the right third so they stay inside the frame.
    const left = x > (o.width * 2) / 3;
    dots += `<circle${attrs({ cx: x, cy: y, r: 4, fill: v('fg'), stroke: v('bg'), 'stroke-width': 1.5 })}/>`;
    dots += `<text${attrs({ x: left ? x - 7 : x + 7, y: y + 4, 'text-anchor': left ? 'end' : 'start', 'font-size': 13, fill: v('fg'), stroke: v('bg'), 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' })}>${escape(prop(f, 'name'))}</text>`;
  }
  const svg = `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${o.width} ${height}`, width: o.width, height, role: 'img', 'aria-labelledby': `${o.id}-title`, class: 'locator' })}>`
    + `<title id="${escape(o.id)}-title">${escape(o.title)}</title>`
    + `<rect${attrs({ width: o.width, height, fill: v(AREA.outside) })}/><g>${land}</g><g>${districts}</g><g>${lakes}</g><g>${dots}</g></svg>`;
  return { svg, width: o.width, height, missing };
}
