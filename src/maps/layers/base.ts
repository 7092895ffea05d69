// Background, land, districts, water and borders: the base map every view shares, static and live.
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { paint } from '../../charts/common/svg.ts';
import { polygonFill } from '../model/marks.ts';
import { colour, type Palette } from '../model/palette.ts';
import { AREA, BORDER_SYMBOL, countOpacity } from '../model/symbols.ts';
import type { MapView } from '../model/view.ts';
import { active, byId, isIn } from './expressions.ts';
import { pathElement, props, str, strokeAttrs, type MapLayer, type StaticContext, type StaticDrawing } from './layer.ts';

const BORDER_ORDER = ['region', 'international', 'district', 'outline'] as const;

function drawStatic(ctx: StaticContext): StaticDrawing {
  const { geo, view, palette: pal, scale } = ctx;
  const land = geo.land.features.map((f) => pathElement(ctx, f, { fill: paint(AREA.region, pal) })).join('');
  const districts = geo.districts.features
    .map((f) => {
      const p = polygonFill(view, str(props(f)['id']));
      // Unshaded districts show the land fill beneath; only the shaded ones need a path.
      return p ? pathElement(ctx, f, { fill: paint(p.colour, pal), 'fill-opacity': p.opacity === 1 ? undefined : p.opacity, 'data-fid': str(props(f)['fid']) }) : '';
    })
    .join('');
  const lakes = geo.lakes.features.map((f) => pathElement(ctx, f, { fill: paint(AREA.water, pal) })).join('');
  const rivers = geo.rivers.features.map((f) => pathElement(ctx, f, { ...strokeAttrs({ colour: AREA.waterLine, width: 1, dash: [] }, pal, scale) })).join('');
  const borders = BORDER_ORDER
    .flatMap((kind) => geo.borders.features.filter((f) => props(f)['kind'] === kind).map((f) => pathElement(ctx, f, { ...strokeAttrs(BORDER_SYMBOL[kind], pal, scale) })))
    .join('');
  return {
    groups: [{ cls: 'land', body: land }, { cls: 'districts', body: districts }, { cls: 'water', body: lakes + rivers }, { cls: 'borders', body: borders }],
    labels: [],
    obstacles: [],
  };
}

/** Fill colour and opacity of the district polygons for a view (the static map's polygonFill, as expressions). */
function districtPaint(view: MapView, palette: Palette): { color: string; opacity: ExpressionSpecification | number } {
  if (view.polygonCounts) {
    const table = Object.fromEntries(Object.entries(view.polygonCounts).map(([id, n]) => [id, countOpacity(n)]));
    return { color: colour(palette, view.accent), opacity: byId(table, 0) };
  }
  return { color: colour(palette, AREA.highlight), opacity: ['case', isIn('id', view.highlight.polygons), 1, 0] };
}

function baseLayers(view: MapView, palette: Palette): LayerSpecification[] {
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
    ...BORDER_ORDER.map(border),
    // Hovered or selected districts get a heavy outline; the live map sets the feature-state.
    { id: 'districts-active', type: 'line', source: 'districts', paint: { 'line-color': colour(palette, 'fg'), 'line-width': 2.5, 'line-opacity': ['case', active, 1, 0] } },
  ];
}

export const baseLayer: MapLayer = { id: 'base', drawStatic, styleLayers: baseLayers, interactive: ['districts-fill'] };
