// GeoJSON sources of the live map, one per topology object; features are addressed by `fid`.
import type { GeoJSONSourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { arrowheads } from '../model/arrows.ts';
import { GEO_LAYERS, type MapGeo } from '../model/geo.ts';

export type SourceId = (typeof GEO_LAYERS)[number] | 'routeArrows';

export function mapSources(geo: MapGeo): Record<SourceId, GeoJSONSourceSpecification> {
  const sources = Object.fromEntries(GEO_LAYERS.map((name) => [name, { type: 'geojson', data: geo[name], promoteId: 'fid' } satisfies GeoJSONSourceSpecification]));
  return { ...sources, routeArrows: { type: 'geojson', data: arrowheads(geo) } } as Record<SourceId, GeoJSONSourceSpecification>;
}
