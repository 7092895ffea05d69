// Decodes the map topology (written by scripts/datasets/geo.ts) into one GeoJSON layer per object.
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const GEO_LAYERS = ['land', 'districts', 'lakes', 'rivers', 'borders', 'routes', 'routeEnds', 'places', 'labels'] as const;
export type GeoLayer = (typeof GEO_LAYERS)[number];

export type GeoProperties = Record<string, string | number | boolean | null>;
export type MapGeo = Record<GeoLayer, FeatureCollection<Geometry, GeoProperties>>;

/** Decoded once per topology: every map component and embed of a build reads the same layers (and never changes them). */
const decoded = new WeakMap<Topology, MapGeo>();

/** Every layer the maps need, or an error naming the missing one (an old or foreign topology). */
export function decodeGeo(topology: Topology): MapGeo {
  let geo = decoded.get(topology);
  if (geo === undefined) decoded.set(topology, (geo = decodeLayers(topology)));
  return geo;
}

function decodeLayers(topology: Topology): MapGeo {
  const out: Partial<MapGeo> = {};
  for (const name of GEO_LAYERS) {
    const object = topology.objects[name] as GeometryCollection | undefined;
    if (!object) throw new Error(`decodeGeo: the topology has no "${name}" object; run \`npm run data\` to rebuild public/generated/geo/.`);
    const fc = feature(topology, object) as FeatureCollection<Geometry | null, GeoProperties | null>;
    // topojson-simplify can empty a tiny ring's geometry; such features are dropped, not drawn as nothing.
    out[name] = {
      type: 'FeatureCollection',
      features: fc.features.filter((f) => f.geometry !== null).map((f) => ({ ...f, properties: f.properties ?? {} })) as MapGeo[GeoLayer]['features'],
    };
  }
  return out as MapGeo;
}
