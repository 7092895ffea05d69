// GeoJSON sources of the live map, one per topology object; features are addressed by `fid`.
import type { GeoJSONSourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { GEO_LAYERS, type MapGeo } from './geo.ts';

export type SourceId = (typeof GEO_LAYERS)[number];

export function mapSources(geo: MapGeo): Record<SourceId, GeoJSONSourceSpecification> {
  return Object.fromEntries(
    GEO_LAYERS.map((name) => [name, { type: 'geojson', data: geo[name], promoteId: 'fid' } satisfies GeoJSONSourceSpecification]),
  ) as Record<SourceId, GeoJSONSourceSpecification>;
}
