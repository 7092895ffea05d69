import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { applyLayers, type StyleTarget } from './apply-view.ts';

function fakeMap(ids: string[]): StyleTarget & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    getLayer: (id) => (ids.includes(id) ? { id } : undefined),
    setFilter: (...args) => calls.push(['setFilter', ...args]),
    setPaintProperty: (...args) => calls.push(['setPaintProperty', ...args]),
    setLayoutProperty: (...args) => calls.push(['setLayoutProperty', ...args]),
  };
}

const line = (filter: unknown, color: string, visibility?: 'none'): LayerSpecification =>
  ({ id: 'routes', type: 'line', source: 'routes', filter, paint: { 'line-color': color }, ...(visibility ? { layout: { visibility } } : {}) }) as LayerSpecification;

describe('applyLayers', () => {
  it('applyLayers(map, from, to) makes no call when nothing changed', () => {
    const map = fakeMap(['routes']);
    expect(applyLayers(map, [line(['==', 1, 1], '#000')], [line(['==', 1, 1], '#000')])).toBe(0);
    expect(map.calls).toEqual([]);
  });
  it('applyLayers(map, from, to) sets only the filter and properties that differ', () => {
    const map = fakeMap(['routes']);
    applyLayers(map, [line(['==', 1, 1], '#000')], [line(['==', 1, 2], '#000', 'none')]);
    expect(map.calls).toEqual([
      ['setFilter', 'routes', ['==', 1, 2]],
      ['setLayoutProperty', 'routes', 'visibility', 'none'],
    ]);
  });
  it('applyLayers(map, from, to) clears a property the new view leaves out', () => {
    const map = fakeMap(['routes']);
    applyLayers(map, [line(null, '#000')], [{ id: 'routes', type: 'line', source: 'routes' } as LayerSpecification]);
    expect(map.calls).toEqual([['setPaintProperty', 'routes', 'line-color', undefined]]);
  });
  it('applyLayers(map, from, to) names a layer the map does not have', () => {
    expect(() => applyLayers(fakeMap([]), [line(null, '#000')], [line(null, '#fff')])).toThrow(/layer "routes" is not on the map/);
  });
});
