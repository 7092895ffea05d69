// A view narrowed to a few features (a scrolly step): only they are highlighted, and the frame
// closes in on them while keeping some of the region around for context.
import type { MapData } from './data.ts';
import { DATA_EXTENT, type Extent } from './extents.ts';
import type { MapGeo } from './geo.ts';
import { districtPolygons } from './polygons.ts';
import type { MapView } from './view.ts';

/** Smallest span (degrees of longitude) a focused frame keeps, so a town never fills the map. */
const MIN_SPAN = 2.4;

function coordsOf(geo: MapGeo, fid: string): number[][] {
  const layers = [geo.districts, geo.routes, geo.places];
  const f = layers.flatMap((l) => l.features).find((x) => x.properties['fid'] === fid);
  if (!f) return [];
  const g = f.geometry;
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'LineString') return g.coordinates;
  if (g.type === 'MultiLineString' || g.type === 'Polygon') return g.coordinates.flat();
  if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
  return [];
}

/** The extent around `points`, padded, at least MIN_SPAN wide, shaped like `like`, inside DATA_EXTENT. */
export function frame(points: number[][], like: Extent): Extent {
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  let [w, s, e, n] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  // Keep the aspect of the map's own extent (in degrees, close enough at this latitude) so every step fills the same frame.
  const aspect = (like[3] - like[1]) / (like[2] - like[0]);
  let span = Math.max((e - w) * 1.3, ((n - s) * 1.3) / aspect, MIN_SPAN);
  span = Math.min(span, DATA_EXTENT[2] - DATA_EXTENT[0]);
  [w, e] = [cx - span / 2, cx + span / 2];
  [s, n] = [cy - (span * aspect) / 2, cy + (span * aspect) / 2];
  const round = (v: number) => Math.round(v * 100) / 100;
  return [round(w), round(s), round(e), round(n)];
}

/**
 * The view narrowed to `ids` (route, place or district ids): an error names any id the map
 * cannot draw, so a typo in a chapter fails the build with the ids it could have used.
 */
export function focusView(view: MapView, ids: readonly string[], data: MapData, geo: MapGeo, stepId: string): MapView {
  const polygons = districtPolygons(data.districts);
  const highlight = { polygons: [] as string[], routes: [] as string[], places: [] as string[] };
  const points: number[][] = [];
  for (const id of ids) {
    const polygon = polygons.find((p) => p.id === id || p.members.includes(id));
    const route = data.routes.find((r) => r.id === id);
    const place = data.places.find((p) => p.id === id && p.lon !== null);
    if (polygon) highlight.polygons.push(polygon.id);
    else if (route) highlight.routes.push(route.id);
    else if (place) highlight.places.push(place.id);
    else {
      const drawable = [...data.routes.map((r) => r.id), ...data.districts.map((d) => d.id), ...data.places.filter((p) => p.lon !== null).map((p) => p.id)];
      throw new Error(`Map step "${stepId}": focus id "${id}" is not a route, district or sourced place. Use one of: ${drawable.join(', ')}.`);
    }
    const fid = polygon ? `district:${polygon.id}` : route ? `route:${id}` : `place:${id}`;
    points.push(...coordsOf(geo, fid));
  }
  return {
    ...view,
    id: stepId,
    extent: points.length > 0 ? frame(points, view.extent) : view.extent,
    highlight,
    polygonCounts: null,
    placeCounts: null,
    places: [...new Set([...view.places, ...highlight.places])],
    routeKinds: [...new Set([...view.routeKinds, ...data.routes.filter((r) => highlight.routes.includes(r.id)).map((r) => r.kind)])],
  };
}
