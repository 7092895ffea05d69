// The features a map is about, each with the figures, instructions and projects the speech ties to
// it: the map's text alternative, its keyboard path and the content of its popups.
import type { Feature, Geometry } from 'geojson';
import type { Claim } from '../../schemas/claim.ts';
import type { Tracked } from '../../schemas/followup.ts';
import type { Instruction } from '../../schemas/instruction.ts';
import type { Project } from '../../schemas/project.ts';
import type { MapData } from './data.ts';
import type { GeoProperties, MapGeo } from './geo.ts';
import { districtPolygons, MERGED_NOTE } from './polygons.ts';
import { ROUTE_KIND_LABEL, ROUTE_STATE_LABEL } from './symbols.ts';
import type { MapView } from './view.ts';

export interface FeatureEntry {
  /** `district:aksu`, `route:gas-taldykorgan-usharal`, `place:usharal`: the id the live map uses too. */
  fid: string;
  kind: 'district' | 'route' | 'place';
  name: string;
  /** What sort of feature, in words ("Gas pipeline, planned, drawn schematically"). */
  detail: string;
  /** Caveats a reader must see (the shared polygon, a schematic line, a route's note). */
  note: string | null;
  /** Where its popup points, [lon, lat]. */
  at: [number, number];
  claims: Claim[];
  instructions: Tracked<Instruction>[];
  projects: Project[];
  /** The route's own quote and sentences (routes only). */
  quote: { text: string; sentences: string[] } | null;
}

export interface MapFeatures {
  entries: FeatureEntry[];
  /** Instructions in the map's topics that name no district or place (listed as region-wide). */
  regionWide: Tracked<Instruction>[];
}

const intersects = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

function pointOf(features: Feature<Geometry, GeoProperties>[], fid: string): [number, number] | null {
  const f = features.find((x) => x.properties['fid'] === fid);
  if (!f) return null;
  if (f.geometry.type === 'Point') return f.geometry.coordinates as [number, number];
  if (f.geometry.type === 'LineString') return f.geometry.coordinates[Math.floor(f.geometry.coordinates.length / 2)] as [number, number];
  return null;
}

export function mapFeatures(view: MapView, data: MapData, geo: MapGeo): MapFeatures {
  const inTopic = (item: { topic: string }) => view.topics === 'all' || view.topics.includes(item.topic);
  const claims = data.claims.filter(inTopic);
  const instructions = data.instructions.filter(inTopic);
  const projects = data.projects.filter(inTopic);
  const entries: FeatureEntry[] = [];

  for (const polygon of districtPolygons(data.districts).filter((p) => view.highlight.polygons.includes(p.id))) {
    const fid = `district:${polygon.id}`;
    const at = pointOf(geo.labels.features, fid);
    if (!at) continue;
    const placesIn = data.places.filter((p) => p.district !== null && polygon.members.includes(p.district)).map((p) => p.id);
    // Count maps also count instructions that name a place in the district.
    const names = (item: { districts: string[]; places: string[] }) =>
      intersects(item.districts, polygon.members) || (view.polygonCounts !== null && intersects(item.places, placesIn));
    const its = instructions.filter(names);
    entries.push({
      fid,
      kind: 'district',
      name: polygon.name,
      detail: polygon.merged ? 'District and city administrations' : data.districts.find((d) => d.id === polygon.members[0])?.kind === 'city' ? 'City administration' : 'District',
      note: polygon.merged ? `Drawn as ${MERGED_NOTE}.` : null,
      at,
      claims: claims.filter(names),
      instructions: its,
      projects: projects.filter(names),
      quote: null,
    });
  }

  for (const route of data.routes.filter((r) => view.highlight.routes.includes(r.id))) {
    const fid = `route:${route.id}`;
    const at = pointOf(geo.routes.features, fid);
    if (!at) continue;
    const projectIds = data.projects.filter((p) => p.route === route.id || route.projects.includes(p.id)).map((p) => p.id);
    const about = (item: { projects: string[] }) => intersects(item.projects, projectIds);
    entries.push({
      fid,
      kind: 'route',
      name: route.name,
      detail: `${ROUTE_KIND_LABEL[route.kind]}, ${ROUTE_STATE_LABEL[route.state]}${route.schematic ? ', drawn schematically' : ''}`,
      note: route.note,
      at,
      claims: claims.filter(about),
      instructions: instructions.filter(about),
      projects: projects.filter((p) => projectIds.includes(p.id)),
      quote: route.quote ? { text: route.quote, sentences: route.sentences } : null,
    });
  }

  for (const id of view.highlight.places) {
    const place = data.places.find((p) => p.id === id);
    const fid = `place:${id}`;
    const at = pointOf(geo.places.features, fid);
    if (!place || !at) continue;
    const names = (item: { places: string[] }) => item.places.includes(id);
    entries.push({
      fid,
      kind: 'place',
      name: place.nameEn,
      detail: place.kind.replace('-', ' ').replace(/^./u, (c) => c.toUpperCase()),
      note: null,
      at,
      claims: claims.filter(names),
      instructions: instructions.filter(names),
      projects: projects.filter(names),
      quote: null,
    });
  }

  const regionWide = view.polygonCounts ? instructions.filter((i) => i.districts.length === 0 && i.places.length === 0) : [];
  return { entries, regionWide };
}
