// The live map's whole style, built from the same view, symbols and layer modules as the static map. Everything
// it loads comes from this site: data inline (decoded from our TopoJSON), glyphs from /glyphs/.
import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { MapGeo } from '../model/geo.ts';
import { MAP_FONT } from '../model/glyphs.ts';
import { mapLayerRegistry } from './registry.ts';
import type { Palette } from '../model/palette.ts';
import { mapSources } from './sources.ts';
import type { MapView } from '../model/view.ts';

export interface StyleOptions {
  /** Absolute URL template of the glyph PBFs, with {fontstack} and {range}. */
  glyphs: string;
}

/** Layers of a view, in drawing order. */
export function mapLayers(view: MapView, palette: Palette): LayerSpecification[] {
  return mapLayerRegistry.flatMap((layer) => layer.styleLayers(view, palette));
}

/** Layers that open a popup on hover, focus or tap, topmost first. */
export const INTERACTIVE_LAYERS: readonly string[] = [...mapLayerRegistry].reverse().flatMap((layer) => layer.interactive);

export function mapStyle(view: MapView, geo: MapGeo, palette: Palette, options: StyleOptions): StyleSpecification {
  return {
    version: 8,
    name: `zhetysu-${view.id}`,
    metadata: { font: MAP_FONT },
    glyphs: options.glyphs,
    sources: mapSources(geo),
    layers: mapLayers(view, palette),
  };
}

/** The glyph URL template for a site served at `origin` under `base` ("/" or "/sub/"). */
export function glyphsUrl(origin: string, base: string): string {
  const slash = base.endsWith('/') ? base : `${base}/`;
  return `${origin}${slash}glyphs/{fontstack}/{range}.pbf`;
}
