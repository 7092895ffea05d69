// The live map's whole style, built from the same view, symbols and layer modules as the static map. It loads
// nothing: data inline (decoded from our TopoJSON), no glyphs or sprite (labels are SVG, src/maps/client/live-labels.ts).
import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { MapGeo } from '../model/geo.ts';
import { mapLayerRegistry } from './registry.ts';
import type { Palette } from '../model/palette.ts';
import { mapSources } from './sources.ts';
import type { MapView } from '../model/view.ts';

/** Layers of a view, in drawing order. */
export function mapLayers(view: MapView, palette: Palette): LayerSpecification[] {
  return mapLayerRegistry.flatMap((layer) => layer.styleLayers(view, palette));
}

/** Layers that open a popup on hover, focus or tap, topmost first. */
export const INTERACTIVE_LAYERS: readonly string[] = [...mapLayerRegistry].reverse().flatMap((layer) => layer.interactive);

export function mapStyle(view: MapView, geo: MapGeo, palette: Palette): StyleSpecification {
  return {
    version: 8,
    name: `zhetysu-${view.id}`,
    sources: mapSources(geo),
    layers: mapLayers(view, palette),
  };
}
