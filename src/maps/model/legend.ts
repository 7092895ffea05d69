// The legend of a view, shared by the static and the live map: one list of swatches and words,
// including the caveats every map must carry (schematic lines, the shared district polygon).
import type { MapData } from './data.ts';
import type { MapGeo } from './geo.ts';
import { districtPolygons, MERGED_NOTE } from './polygons.ts';
import { AREA, BORDER_SYMBOL, COUNT_BREAKS, countClassLabel, countOpacity, ROUTE_KIND_LABEL, ROUTE_STATE_LABEL, routeSymbol, type LineSymbol, type RouteKind, type RouteState } from './symbols.ts';
import { MERGED_MARK } from './marks.ts';
import type { MapView } from './view.ts';

export type Swatch =
  | { type: 'fill'; colour: string; opacity: number }
  | { type: 'line'; symbol: LineSymbol }
  | { type: 'circle'; colour: string; r: number }
  | { type: 'arrow'; colour: string };

export interface LegendItem {
  key: string;
  swatch: Swatch;
  label: string;
}

export interface Legend {
  items: LegendItem[];
  /** Caveats printed under the legend. */
  notes: string[];
}

export function mapLegend(view: MapView, data: Pick<MapData, 'routes' | 'districts'>, geo: Pick<MapGeo, 'routeEnds'>): Legend {
  const items: LegendItem[] = [];
  const notes: string[] = [];
  if (view.polygonCounts) {
    // Class 0 is the unshaded land: the legend says so, so a blank district reads as none, not as missing.
    items.push({ key: 'count-0', swatch: { type: 'fill', colour: AREA.district, opacity: 1 }, label: `Instructions naming the district: ${countClassLabel(-1)}` });
    COUNT_BREAKS.forEach((b, i) => {
      items.push({ key: `count-${b}`, swatch: { type: 'fill', colour: view.accent, opacity: countOpacity(b) }, label: `Instructions naming the district: ${countClassLabel(i)}` });
    });
  } else if (view.highlight.polygons.length > 0) {
    items.push({ key: 'highlight', swatch: { type: 'fill', colour: AREA.highlight, opacity: 1 }, label: 'District the speech names here' });
  }

  const drawn = data.routes.filter((r) => view.routeKinds.includes(r.kind));
  const seen = new Set<string>();
  for (const r of drawn) {
    const highlighted = view.highlight.routes.includes(r.id);
    const key = highlighted ? `route-${r.kind}-${r.state}` : `context-${r.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const schematic = drawn.some((x) => x.kind === r.kind && x.schematic && (highlighted ? x.state === r.state && view.highlight.routes.includes(x.id) : !view.highlight.routes.includes(x.id)));
    const words = highlighted ? `${ROUTE_KIND_LABEL[r.kind]}, ${ROUTE_STATE_LABEL[r.state]}` : `Other ${ROUTE_KIND_LABEL[r.kind].toLowerCase()}s (context, not named here)`;
    items.push({
      key,
      swatch: { type: 'line', symbol: routeSymbol(r.kind as RouteKind, (highlighted ? r.state : 'existing') as RouteState, highlighted) },
      label: schematic ? `${words} — schematic` : words,
    });
  }
  if (drawn.some((r) => r.schematic)) notes.push('Schematic: straight lines between the towns a road or railway serves, not its real course.');
  if (drawn.some((r) => r.kind.endsWith('pipeline') && !r.schematic)) notes.push('Pipeline routes as Global Energy Monitor maps them; GEM does not name the lines, the names come from their end points.');

  if (view.placeCounts) {
    items.push({ key: 'place-count', swatch: { type: 'circle', colour: view.accent, r: 5 }, label: 'Place named by instructions (larger: more instructions)' });
  } else if (view.highlight.places.length > 0) {
    items.push({ key: 'place-highlight', swatch: { type: 'circle', colour: view.accent, r: 4.5 }, label: 'Place the speech names here' });
  }
  if (view.places.some((id) => !view.highlight.places.includes(id))) items.push({ key: 'place', swatch: { type: 'circle', colour: 'fg', r: 2.5 }, label: 'Town (for orientation)' });
  if (geo.routeEnds.features.some((f) => view.highlight.routes.includes(String(f.properties['id'])))) {
    items.push({ key: 'continues', swatch: { type: 'arrow', colour: 'muted' }, label: 'Road continues beyond its last mapped town' });
  }
  items.push({ key: 'outline', swatch: { type: 'line', symbol: BORDER_SYMBOL.outline }, label: 'Zhetysu region' });
  items.push({ key: 'district', swatch: { type: 'line', symbol: BORDER_SYMBOL.district }, label: 'District border (2017)' });
  items.push({ key: 'international', swatch: { type: 'line', symbol: BORDER_SYMBOL.international }, label: 'International border' });
  items.push({ key: 'water', swatch: { type: 'fill', colour: AREA.water, opacity: 1 }, label: 'Lake or reservoir' });
  for (const polygon of districtPolygons(data.districts).filter((p) => p.merged)) {
    const names = polygon.members.map((id) => {
      const d = data.districts.find((x) => x.id === id);
      return d ? (d.kind === 'city' ? d.nameEn : `${d.nameEn} district`) : id;
    });
    notes.push(`${MERGED_MARK} ${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''} are drawn as ${MERGED_NOTE}.`);
  }
  return { items, notes };
}
