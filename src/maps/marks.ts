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

/** Label lines of a district polygon: a shared polygon names all its districts and says it is shared. */
export function districtLabelLines(name: string, merged: boolean): string[] {
  if (!merged) return [name.toUpperCase()];
  const parts = name.toUpperCase().split(' + ');
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 2) lines.push(parts.slice(i, i + 2).join(' + ') + (i + 2 < parts.length ? ' +' : ''));
  return [...lines, '(one polygon in source)'];
}

