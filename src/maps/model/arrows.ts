// Arrowheads where a route continues beyond its last drawn point, as lines in lon/lat, so the live
// map draws them with a line layer (it has no symbol layers and loads no glyphs).
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { GeoProperties, MapGeo } from './geo.ts';

/** Barb length in degrees of latitude, and the angle of each barb from the line. */
const LENGTH = 0.12;
const SPREAD = (28 * Math.PI) / 180;

export function arrowheads(geo: Pick<MapGeo, 'routes' | 'routeEnds'>): FeatureCollection<LineString, GeoProperties> {
  const features: Feature<LineString, GeoProperties>[] = [];
  for (const end of geo.routeEnds.features) {
    const route = geo.routes.features.find((r) => r.properties['id'] === end.properties['id']);
    if (route?.geometry.type !== 'LineString' || end.geometry.type !== 'Point') continue;
    const coords = route.geometry.coordinates;
    const [x, y] = end.geometry.coordinates as [number, number];
    const [px, py] = coords[coords.length - 2] as [number, number];
    // Work in a plane where a degree of longitude is as long as it is at this latitude.
    const k = Math.cos((y * Math.PI) / 180);
    const angle = Math.atan2(y - py, (x - px) * k);
    const barb = (side: number): [number, number] => [x - (LENGTH * Math.cos(angle + side * SPREAD)) / k, y - LENGTH * Math.sin(angle + side * SPREAD)];
    features.push({ type: 'Feature', properties: { ...end.properties }, geometry: { type: 'LineString', coordinates: [barb(1), [x, y], barb(-1)] } });
  }
  return { type: 'FeatureCollection', features };
}
