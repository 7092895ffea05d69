// Moves a live map from one view to another (scrolly steps, a theme change) by updating only the
// filters and properties that differ: sources stay loaded, so nothing is fetched or re-parsed.
import type { FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';

/** The part of maplibre-gl's Map this needs; tests pass a small fake. */
export interface StyleTarget {
  getLayer(id: string): unknown;
  setFilter(id: string, filter: FilterSpecification | null): unknown;
  setPaintProperty(id: string, name: string, value: unknown): unknown;
  setLayoutProperty(id: string, name: string, value: unknown): unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Props = Record<string, unknown>;
const props = (layer: LayerSpecification, key: 'paint' | 'layout'): Props => ((layer as Record<string, unknown>)[key] as Props | undefined) ?? {};

/** Applies the differences between two layer lists with the same ids; returns how many calls it made. */
export function applyLayers(map: StyleTarget, from: readonly LayerSpecification[], to: readonly LayerSpecification[]): number {
  let calls = 0;
  for (const next of to) {
    const prev = from.find((l) => l.id === next.id);
    if (!prev || !map.getLayer(next.id)) throw new Error(`applyLayers: layer "${next.id}" is not on the map; views must share one layer list (src/maps/layers/style.ts).`);
    const nextFilter = (next as { filter?: FilterSpecification }).filter ?? null;
    if (!same((prev as { filter?: unknown }).filter ?? null, nextFilter)) {
      map.setFilter(next.id, nextFilter);
      calls++;
    }
    for (const key of ['paint', 'layout'] as const) {
      const a = props(prev, key);
      const b = props(next, key);
      for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (same(a[name], b[name])) continue;
        if (key === 'paint') map.setPaintProperty(next.id, name, b[name]);
        else map.setLayoutProperty(next.id, name, b[name]);
        calls++;
      }
    }
  }
  return calls;
}
