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
  const layers = mapLayers(view, palette);
  // Only the sources a layer draws: the worker tiles every source it is given (labels and route ends are SVG now).
  const used = new Set(layers.map((l) => ('source' in l ? l.source : undefined)));
  const sources = Object.fromEntries(Object.entries(mapSources(geo)).filter(([id]) => used.has(id)));
  return { version: 8, name: `zhetysu-${view.id}`, sources, layers };
}
