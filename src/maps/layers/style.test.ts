import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { applyLayers, type StyleTarget } from '../client/apply-view.ts';
import { mapDeclarations } from '../model/declarations.ts';
import { MAP_TOKENS } from '../model/palette.ts';
import { INTERACTIVE_LAYERS, mapLayers, mapStyle } from './style.ts';
import { testData, testGeo, testView } from '../testing.ts';
import { resolveView } from '../model/view.ts';

const palette = Object.fromEntries(MAP_TOKENS.map((t, i) => [t, `#${(i * 1111).toString(16).padStart(6, '0').slice(0, 6)}`]));

describe('mapStyle', () => {
  // The real validator of the style spec MapLibre 6 implements: an upgrade that breaks a factory fails here by name.
  it.each(mapDeclarations.map((d) => d.id))('mapStyle(view of "%s") passes the MapLibre style-spec validator', (id) => {
    const view = resolveView(mapDeclarations.find((d) => d.id === id)!, testData);
    const errors = validateStyleMin(mapStyle(view, testGeo, palette) as StyleSpecification);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
  it('mapStyle(view) passes the validator for a count map and for a view without routes', () => {
    for (const view of [{ ...testView, polygonCounts: { east: 2, west: 0 }, placeCounts: { town: 3 } }, { ...testView, routeKinds: [] }]) {
      expect(validateStyleMin(mapStyle(view, testGeo, palette) as StyleSpecification).map((e) => e.message)).toEqual([]);
    }
  });
  it('mapStyle(view) loads nothing: data inline, no glyphs, no sprite, no symbol layer that would need them', () => {
    for (const d of mapDeclarations) {
      const style = mapStyle(resolveView(d, testData), testGeo, palette);
      expect(style.glyphs).toBeUndefined();
      expect(style.sprite).toBeUndefined();
      for (const source of Object.values(style.sources)) expect(typeof (source as { data: unknown }).data).toBe('object');
      expect(style.layers.filter((l) => l.type === 'symbol').map((l) => l.id)).toEqual([]);
    }
  });
  it('mapStyle(view) carries only the sources its layers draw', () => {
    const style = mapStyle(testView, testGeo, palette);
    const drawn = new Set(style.layers.map((l) => ('source' in l ? l.source : '')));
    expect(Object.keys(style.sources).sort()).toEqual([...drawn].filter((s) => s !== '').sort());
    expect(Object.keys(style.sources)).not.toContain('labels');
  });
  it('mapStyle(view) has every interactive layer the live map queries', () => {
    const ids = mapStyle(testView, testGeo, palette).layers.map((l) => l.id);
    for (const id of INTERACTIVE_LAYERS) expect(ids).toContain(id);
  });
});

describe('mapLayers', () => {
  it('mapLayers(view) gives every view the same layer ids, so a step change is a few property updates', () => {
    const a = mapLayers(testView, palette);
    const b = mapLayers({ ...testView, routeKinds: [], highlight: { polygons: ['west'], routes: [], places: [] } }, palette);
    expect(b.map((l) => l.id)).toEqual(a.map((l) => l.id));
    // A small fake map stands in for maplibre-gl: it records what a step change would call.
    const calls: string[] = [];
    const fake: StyleTarget = {
      getLayer: () => ({}),
      setFilter: (id) => calls.push(`filter ${id}`),
      setPaintProperty: (id, name) => calls.push(`paint ${id} ${name}`),
      setLayoutProperty: (id, name) => calls.push(`layout ${id} ${name}`),
    };
    applyLayers(fake, a, b);
    expect(calls).toContain('paint districts-fill fill-opacity');
    expect(calls).toContain('filter routes-to-repair');
    expect(calls).not.toContain('paint background background-color');
  });
});
