// Places as dots, and every label: places, water, districts (the shared polygon says it is shared),
// neighbouring countries and where a route continues beyond its last drawn point.
import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { MAP_FONT } from '../model/glyphs.ts';
import { colour, type Palette } from '../model/palette.ts';
import { MERGED_MARK, placeRadius } from '../model/marks.ts';
import type { MapView } from '../model/view.ts';
import { active, byId, isIn } from './expressions.ts';

const WATER: ExpressionSpecification = ['in', ['get', 'kind'], ['literal', ['lake', 'reservoir', 'river']]];

export function pointLayers(view: MapView, palette: Palette): LayerSpecification[] {
  const shown: ExpressionSpecification = ['all', ['!', WATER], isIn('id', view.places)];
  const highlighted = isIn('id', view.highlight.places);
  const radius = byId(Object.fromEntries(view.places.map((id) => [id, placeRadius(view, id)])), 2.5);
  const halo = { 'text-halo-color': colour(palette, 'bg'), 'text-halo-width': 1.5 };
  const label = (id: string, source: string, filter: ExpressionSpecification, layout: SymbolLayerSpecification['layout'], textColour: string): LayerSpecification => ({
    id,
    type: 'symbol',
    source,
    filter,
    layout: { 'text-font': [MAP_FONT], ...layout },
    paint: { 'text-color': colour(palette, textColour), ...halo },
  });
  return [
    label('labels-water', 'places', WATER, { 'text-field': ['get', 'name'], 'text-size': 12, 'text-max-width': 8 }, 'c-sky'),
    label(
      'labels-districts',
      'labels',
      ['==', ['get', 'kind'], 'district'],
      {
        'text-field': ['case', ['get', 'merged'], ['concat', ['get', 'name'], MERGED_MARK], ['get', 'name']],
        'text-transform': 'uppercase',
        'text-size': 11,
        'text-letter-spacing': 0.06,
        'text-max-width': 9,
        'text-padding': 4,
      },
      'muted',
    ),
    label('labels-countries', 'labels', ['==', ['get', 'kind'], 'country'], { 'text-field': ['get', 'name'], 'text-size': 12, 'text-letter-spacing': 0.08 }, 'muted'),
    {
      id: 'places-circle',
      type: 'circle',
      source: 'places',
      filter: shown,
      paint: {
        'circle-radius': ['+', radius, ['case', active, 2, 0]],
        'circle-color': ['case', highlighted, colour(palette, view.accent), colour(palette, 'fg')],
        'circle-stroke-color': colour(palette, 'bg'),
        'circle-stroke-width': 1,
      },
    },
    label(
      'labels-places',
      'places',
      shown,
      {
        'text-field': ['get', 'name'],
        'text-size': 13,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.6,
        'text-justify': 'auto',
        // Highlighted places win label collisions.
        'symbol-sort-key': ['case', highlighted, 0, 1],
      },
      'fg',
    ),
    label(
      'labels-route-ends',
      'routeEnds',
      isIn('id', view.highlight.routes),
      { 'text-field': ['get', 'text'], 'text-size': 11, 'text-anchor': 'left', 'text-offset': [0.8, 0], 'text-max-width': 14 },
      'muted',
    ),
  ];
}
