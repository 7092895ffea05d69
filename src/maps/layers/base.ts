// Background, land, districts, water and borders: the base map every view shares.
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { colour, type Palette } from '../model/palette.ts';
import { AREA, BORDER_SYMBOL, countOpacity } from '../model/symbols.ts';
import type { MapView } from '../model/view.ts';
import { active, byId, isIn } from './expressions.ts';

/** Fill colour and opacity of the district polygons for a view (the static map's polygonFill, as expressions). */
function districtPaint(view: MapView, palette: Palette): { color: string; opacity: ExpressionSpecification | number } {
  if (view.polygonCounts) {
    const table = Object.fromEntries(Object.entries(view.polygonCounts).map(([id, n]) => [id, countOpacity(n)]));
    return { color: colour(palette, view.accent), opacity: byId(table, 0) };
  }
  return { color: colour(palette, AREA.highlight), opacity: ['case', isIn('id', view.highlight.polygons), 1, 0] };
}

export function baseLayers(view: MapView, palette: Palette): LayerSpecification[] {
  const districts = districtPaint(view, palette);
  const border = (kind: keyof typeof BORDER_SYMBOL): LayerSpecification => {
    const s = BORDER_SYMBOL[kind];
    return {
      id: `borders-${kind}`,
      type: 'line',
      source: 'borders',
      filter: ['==', ['get', 'kind'], kind],
      layout: { 'line-join': 'round', 'line-cap': s.dash.length > 0 ? 'butt' : 'round' },
      paint: { 'line-color': colour(palette, s.colour), 'line-width': s.width, ...(s.dash.length > 0 ? { 'line-dasharray': [...s.dash] } : {}) },
    };
  };
  return [
    { id: 'background', type: 'background', paint: { 'background-color': colour(palette, AREA.outside) } },
    { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': colour(palette, AREA.region) } },
    { id: 'districts-fill', type: 'fill', source: 'districts', paint: { 'fill-color': districts.color, 'fill-opacity': districts.opacity } },
    { id: 'water-fill', type: 'fill', source: 'lakes', paint: { 'fill-color': colour(palette, AREA.water) } },
    { id: 'rivers', type: 'line', source: 'rivers', layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': colour(palette, AREA.waterLine), 'line-width': 1 } },
    border('region'),
    border('international'),
    border('district'),
    border('outline'),
    // Hovered or selected districts get a heavy outline; the live map sets the feature-state.
    { id: 'districts-active', type: 'line', source: 'districts', paint: { 'line-color': colour(palette, 'fg'), 'line-width': 2.5, 'line-opacity': ['case', active, 1, 0] } },
  ];
}
