// What one map shows, resolved from its declaration (data/maps.json) and the datasets: plain JSON that the static
// renderer, the live map and the legend all read, and that the page hands to the browser.
import type { MapDeclaration } from '../../schemas/map.ts';
import type { MapData } from './data.ts';
import type { Extent } from './extents.ts';
import { districtPolygons } from './polygons.ts';
import type { RouteKind } from './symbols.ts';

export interface MapView {
  /** Map id (or scrolly step id); unique on the page. */
  id: string;
  title: string;
  description: string;
  extent: Extent;
  accent: string;
  /** Topic ids the map is about ("all" for every topic): popups list only their figures and instructions. */
  topics: string[] | 'all';
  routeKinds: RouteKind[];
  /** Ids of the district polygons, routes and places the map is about. */
  highlight: { polygons: string[]; routes: string[]; places: string[] };
  /** Instructions naming each district polygon (count maps), else null. */
  polygonCounts: Record<string, number> | null;
  /** Instructions naming each place (count maps), else null. */
  placeCounts: Record<string, number> | null;
  /** Place ids drawn and labelled (only those with a coordinate appear). */
  places: string[];
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/** Districts, places and projects an item names: the shape shared by claims, instructions and projects. */
interface Linked {
  topic: string;
  districts: string[];
  places: string[];
  projects?: string[];
}

export function resolveView(def: MapDeclaration, data: MapData): MapView {
  const inTopic = (item: { topic: string }) => def.topics === 'all' || def.topics.includes(item.topic);
  const items: Linked[] = [...data.claims, ...data.instructions, ...data.projects].filter(inTopic);
  const polygons = districtPolygons(data.districts);
  const polygonOf = (districtId: string) => polygons.find((p) => p.members.includes(districtId))?.id;
  const placeDistrict = (placeId: string) => data.places.find((p) => p.id === placeId)?.district ?? null;

  const topicProjects = unique([
    ...data.projects.filter(inTopic).map((p) => p.id),
    ...items.flatMap((i) => i.projects ?? []),
  ]);
  const drawnRoutes = data.routes.filter((r) => def.routeKinds.includes(r.kind));
  const highlightRoutes =
    def.routeMode === 'all' ? drawnRoutes.map((r) => r.id) : drawnRoutes.filter((r) => r.projects.some((p) => topicProjects.includes(p))).map((r) => r.id);

  let polygonCounts: Record<string, number> | null = null;
  let highlightPolygons: string[];
  if (def.districtMode === 'count') {
    polygonCounts = Object.fromEntries(polygons.map((p) => [p.id, 0]));
    for (const instruction of data.instructions.filter(inTopic)) {
      const named = [...instruction.districts, ...instruction.places.map(placeDistrict)];
      for (const id of unique(named.flatMap((d) => (d ? [polygonOf(d)] : [])))) if (id) polygonCounts[id] = (polygonCounts[id] ?? 0) + 1;
    }
    highlightPolygons = Object.keys(polygonCounts).filter((id) => (polygonCounts?.[id] ?? 0) > 0);
  } else {
    highlightPolygons = unique(items.flatMap((i) => i.districts).map(polygonOf).filter((id): id is string => id !== undefined));
  }

  let placeCounts: Record<string, number> | null = null;
  if (def.placeMode === 'count') {
    placeCounts = {};
    for (const instruction of data.instructions.filter(inTopic)) for (const id of instruction.places) placeCounts[id] = (placeCounts[id] ?? 0) + 1;
  }
  const highlightPlaces = unique(placeCounts ? Object.keys(placeCounts) : items.flatMap((i) => i.places));
  // Towns a schematic route is drawn through are labelled so a reader can follow the line.
  const viaPlaces = data.routes
    .filter((r) => highlightRoutes.includes(r.id))
    .flatMap((r) => ('via' in r.geometry ? r.geometry.via : []));
  const centres = def.districtCentres ? data.districts.map((d) => d.centre) : [];
  const drawable = new Set(data.places.filter((p) => p.lon !== null && p.lat !== null).map((p) => p.id));
  return {
    id: def.id,
    title: def.title,
    description: def.description,
    extent: def.extent,
    accent: def.accent,
    topics: def.topics === 'all' ? 'all' : [...def.topics],
    routeKinds: [...def.routeKinds],
    highlight: { polygons: highlightPolygons, routes: highlightRoutes, places: highlightPlaces.filter((id) => drawable.has(id)) },
    polygonCounts,
    placeCounts,
    places: unique([...highlightPlaces, ...viaPlaces, ...centres]).filter((id) => drawable.has(id)),
  };
}
