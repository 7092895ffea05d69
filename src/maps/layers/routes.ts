// Pipelines, highways and railways: colour by kind, dashes by state, grey when only context.
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { MAP_FONT } from '../model/glyphs.ts';
import { colour, type Palette } from '../model/palette.ts';
import { routeSymbol, type RouteKind, type RouteState } from '../model/symbols.ts';
import type { MapView } from '../model/view.ts';
import { active, isIn } from './expressions.ts';

export const ROUTE_STATES: readonly RouteState[] = ['existing', 'planned', 'under-construction', 'to-repair'];

/** Ids of the layers a reader can hover or tap on. */
export const routeLayerIds = ROUTE_STATES.map((s) => `routes-${s}`);

function byKind<T extends string | number>(view: MapView, pick: (kind: RouteKind, highlighted: boolean) => T): ExpressionSpecification | T {
  // A view without routes still has the layers (steps of a scrolly map switch them on and off).
  if (view.routeKinds.length === 0) return pick('highway', false);
  const highlighted = isIn('id', view.highlight.routes);
  const cases = view.routeKinds.flatMap((kind) => [
    ['all', ['==', ['get', 'kind'], kind], highlighted] as ExpressionSpecification,
    pick(kind, true),
    ['==', ['get', 'kind'], kind] as ExpressionSpecification,
    pick(kind, false),
  ]);
  return ['case', ...cases, pick(view.routeKinds[0] ?? 'highway', false)] as unknown as ExpressionSpecification;
}

export function routeLayers(view: MapView, palette: Palette): LayerSpecification[] {
  const drawn: ExpressionSpecification = isIn('kind', view.routeKinds);
  const lines = ROUTE_STATES.map((state): LayerSpecification => {
    const dash = routeSymbol('highway', state, true).dash;
    return {
      id: `routes-${state}`,
      type: 'line',
      source: 'routes',
      filter: ['all', drawn, ['==', ['get', 'state'], state]],
      // Highlighted routes draw above context ones.
      layout: { 'line-join': 'round', 'line-cap': dash.length > 0 ? 'butt' : 'round', 'line-sort-key': ['case', isIn('id', view.highlight.routes), 1, 0] },
      paint: {
        'line-color': byKind(view, (kind, h) => colour(palette, routeSymbol(kind, state, h).colour)),
        'line-width': ['+', byKind(view, (kind, h) => routeSymbol(kind, state, h).width), ['case', active, 2, 0]],
        ...(dash.length > 0 ? { 'line-dasharray': [...dash] } : {}),
      },
    };
  });
  const railHighlighted = isIn('id', view.highlight.routes);
  const rail = routeSymbol('railway', 'existing', true);
  const railContext = routeSymbol('railway', 'existing', false);
  const ticks: LayerSpecification = {
    id: 'routes-rail-ticks',
    type: 'line',
    source: 'routes',
    filter: ['all', drawn, ['==', ['get', 'kind'], 'railway']],
    paint: {
      'line-color': ['case', railHighlighted, colour(palette, rail.colour), colour(palette, railContext.colour)],
      'line-width': rail.ticks?.width ?? 4,
      'line-dasharray': [...(rail.ticks?.dash ?? [0.25, 2.5])],
    },
  };
  // Schematic lines say so along their length, so no one reads them as the real course.
  const schematicLabel: LayerSpecification = {
    id: 'routes-schematic-label',
    type: 'symbol',
    source: 'routes',
    filter: ['all', drawn, ['==', ['get', 'schematic'], true], railHighlighted],
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 220,
      'text-field': 'schematic',
      'text-font': [MAP_FONT],
      'text-size': 10,
      'text-offset': [0, -0.8],
    },
    paint: { 'text-color': colour(palette, 'muted'), 'text-halo-color': colour(palette, 'bg'), 'text-halo-width': 1.5 },
  };
  const arrows: LayerSpecification = {
    id: 'routes-arrows',
    type: 'line',
    source: 'routeArrows',
    filter: isIn('id', view.highlight.routes),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': byKind(view, (kind) => colour(palette, routeSymbol(kind, 'existing', true).colour)), 'line-width': 2.5 },
  };
  return [...lines, ticks, arrows, schematicLabel];
}
