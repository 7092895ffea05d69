// What a map layer is: one module that draws its part of the static SVG and gives the MapLibre layers
// of the same features, from the same view and symbols. src/maps/layers/registry.ts lists them in order.
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, Geometry } from 'geojson';
import { attrs, paint, r } from '../../charts/common/svg.ts';
import type { GeoProperties, MapGeo } from '../model/geo.ts';
import type { LabelRole } from '../model/marks.ts';
import type { Palette } from '../model/palette.ts';
import type { LineSymbol } from '../model/symbols.ts';
import type { MapView } from '../model/view.ts';

export type GeoFeature = Feature<Geometry, GeoProperties>;
/** Token → colour for an SVG used without tokens.css; undefined writes CSS variables. */
export type SvgPalette = Readonly<Record<string, string>> | undefined;

/** What a layer needs to draw itself into the static SVG: the view, the projected frame, SVG helpers. */
export interface StaticContext {
  view: MapView;
  geo: MapGeo;
  palette: SvgPalette;
  width: number;
  height: number;
  /** width / 720: line widths are set for a 720 px map. */
  scale: number;
  /** The projected path of a feature ('' when clipped away entirely). */
  path(feature: GeoFeature): string;
  /** A coordinate in px, or null outside the projection. */
  project(lonLat: readonly [number, number]): [number, number] | null;
  inFrame(xy: readonly [number, number]): boolean;
}

/** A label a layer asks for; the static map sizes them by role and lays all layers' labels out together. */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  lines: string[];
  role: LabelRole;
  /** Radius of the symbol at the point (0 for a bare label centred on the point). */
  r: number;
  centred?: boolean;
  leader?: boolean;
  short?: string[];
  within?: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  /** Placed before every other label (the small shared polygon claims its room first). */
  first?: boolean;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface StaticDrawing {
  /** SVG groups in drawing order: `<g class="{cls}">{body}</g>`, left out when the body is empty. */
  groups: Array<{ cls: string; body: string }>;
  labels: LabelRequest[];
  /** Marks labels must not cover (place dots). */
  obstacles: Box[];
}

export interface MapLayer {
  id: string;
  drawStatic(ctx: StaticContext): StaticDrawing;
  /** Its MapLibre layers, in drawing order. */
  styleLayers(view: MapView, palette: Palette): LayerSpecification[];
  /** Ids of its MapLibre layers that open a popup on hover, focus or tap, topmost first. */
  interactive: readonly string[];
}

/** A `<path>` of a feature, or '' when it is clipped away. */
export function pathElement(ctx: StaticContext, f: GeoFeature, a: Record<string, string | number | undefined>): string {
  const d = ctx.path(f);
  return d === '' ? '' : `<path${attrs({ d, ...a })}/>`;
}

/** SVG stroke attributes of a line symbol, its dashes scaled with its width. */
export function strokeAttrs(s: LineSymbol, palette: SvgPalette, scale = 1): Record<string, string | number | undefined> {
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

export const props = (f: GeoFeature): GeoProperties => f.properties;
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');
