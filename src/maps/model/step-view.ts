// The view of one scrolly step from its props, resolved at build time.
import type { MapData } from './data.ts';
import { mapDeclaration } from './declarations.ts';
import { focusView } from './focus.ts';
import type { MapGeo } from './geo.ts';
import { resolveView, type MapView } from './view.ts';

/** `focus` as an editor writes it: "a,b" or ["a", "b"]. */
export function focusIds(focus: string | readonly string[] | undefined): string[] {
  if (focus === undefined) return [];
  const list = typeof focus === 'string' ? focus.split(',') : [...focus];
  return list.map((s) => s.trim()).filter((s) => s !== '');
}

export function stepView(map: string, focus: string | readonly string[] | undefined, data: MapData, geo: MapGeo, id?: string): MapView {
  const base = resolveView(mapDeclaration(map), data);
  const ids = focusIds(focus);
  const stepId = id ?? (ids.length > 0 ? `${map}-${ids.join('-')}` : map);
  return ids.length > 0 ? focusView(base, ids, data, geo, stepId) : { ...base, id: stepId };
}
