// Per-feature sizes and fills that depend on the view; the static map and the live map share them.
import { AREA, countOpacity } from './symbols.ts';
import type { MapView } from './view.ts';

/** Radius of a place symbol: sized by count on count maps, larger when highlighted. */
export function placeRadius(view: MapView, id: string): number {
  if (view.placeCounts) return 2.5 + 2.2 * Math.sqrt(view.placeCounts[id] ?? 0);
  return view.highlight.places.includes(id) ? 4.5 : 2.5;
}

/** Fill of a district polygon: accent shaded by count on count maps, the highlight colour on topic maps. */
export function polygonFill(view: MapView, id: string): { colour: string; opacity: number } | null {
  if (view.polygonCounts) {
    const opacity = countOpacity(view.polygonCounts[id] ?? 0);
    return opacity > 0 ? { colour: view.accent, opacity } : null;
  }
  return view.highlight.polygons.includes(id) ? { colour: AREA.highlight, opacity: 1 } : null;
}

/** The mark after a shared polygon's name; the legend note that starts with it says the polygon is shared. */
export const MERGED_MARK = '*';

/** Label lines of a district polygon: a shared polygon names all its districts, one a line, marked as shared. */
export function districtLabelLines(name: string, merged: boolean): string[] {
  if (!merged) return [name.toUpperCase()];
  const parts = name.toUpperCase().split(' + ');
  return parts.map((p, i) => (i < parts.length - 1 ? `${p} +` : `${p}${MERGED_MARK}`));
}

/** The short label of a shared polygon, for when the whole name does not fit inside it: its first district, marked. */
export function districtShortLines(name: string): string[] {
  return [`${name.toUpperCase().split(' + ')[0] ?? ''}${MERGED_MARK}`];
}

/** The regional centre, where the meeting was held (data/places.csv): the one label set in bold. */
export const REGIONAL_CENTRE = 'taldykorgan';

export type LabelRole = 'capital' | 'place' | 'route' | 'town' | 'district' | 'water' | 'country' | 'route-end';

export interface LabelStyle {
  /** Size as a share of the map's base label size. */
  size: number;
  /** Placement order: lower goes first and wins collisions. */
  priority: number;
  /** Token of the text colour. */
  colour: string;
  bold?: boolean;
  italic?: boolean;
  /** Upper case with letter spacing (as a share of the size): the map's small caps for areas. */
  caps?: number;
}

/** The label hierarchy, shared by the static and the live map: capital, named places, districts, towns, water, countries. */
export const LABEL_STYLE: Record<LabelRole, LabelStyle> = {
  capital: { size: 1.18, priority: 0, colour: 'fg', bold: true },
  place: { size: 1, priority: 1, colour: 'fg' },
  /** The roads and pipelines a map is about, named at their middle. */
  route: { size: 0.92, priority: 1.2, colour: 'fg', italic: true },
  'route-end': { size: 0.85, priority: 1.5, colour: 'muted', italic: true },
  district: { size: 0.85, priority: 2, colour: 'muted', caps: 0.08 },
  town: { size: 0.92, priority: 3, colour: 'fg' },
  water: { size: 0.85, priority: 4, colour: 'c-sky', italic: true },
  country: { size: 0.9, priority: 5, colour: 'muted', caps: 0.12 },
};

/** The smallest label size as a share of the base: sets the base so no label drops below a minimum. */
export const SMALLEST_LABEL = Math.min(...Object.values(LABEL_STYLE).map((s) => s.size));

/** The role of a place's label in a view. */
export function placeRole(view: MapView, id: string): LabelRole {
  if (id === REGIONAL_CENTRE) return 'capital';
  return view.highlight.places.includes(id) ? 'place' : 'town';
}


/** A long route name on two lines of about equal length, so it fits beside its line. */
export function routeLabelLines(name: string, max = 24): string[] {
  if (name.length <= max) return [name];
  const words = name.split(' ');
  let best = [name];
  let diff = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    if (Math.abs(a.length - b.length) < diff) [best, diff] = [[a, b], Math.abs(a.length - b.length)];
  }
  return best;
}
