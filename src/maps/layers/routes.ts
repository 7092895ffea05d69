// Pipelines, highways and railways: colour by kind, dashes by state, grey when only context; each
// highlighted route named along its line, with an arrow where it continues beyond the map. Static and live.
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { attrs, paint, r } from '../../charts/common/svg.ts';
import { routeLabelLines } from '../model/marks.ts';
import { colour, type Palette } from '../model/palette.ts';
import { routeSymbol, type RouteKind, type RouteState } from '../model/symbols.ts';
import type { MapView } from '../model/view.ts';
import { active, isIn } from './expressions.ts';
import { pathElement, props, str, strokeAttrs, type LabelRequest, type MapLayer, type StaticContext, type StaticDrawing } from './layer.ts';

function drawStatic(ctx: StaticContext): StaticDrawing {
  const { geo, view, palette: pal, scale } = ctx;
  const routes = geo.routes.features
    .filter((f) => view.routeKinds.includes(str(props(f)['kind']) as RouteKind))
    .map((f) => ({ f, highlighted: view.highlight.routes.includes(str(props(f)['id'])) }))
    .sort((a, b) => Number(a.highlighted) - Number(b.highlighted))
    .map(({ f, highlighted }) => {
      const s = routeSymbol(str(props(f)['kind']) as RouteKind, str(props(f)['state']) as RouteState, highlighted);
      const ticks = s.ticks ? pathElement(ctx, f, { ...strokeAttrs({ colour: s.colour, width: s.ticks.width, dash: s.ticks.dash }, pal, scale) }) : '';
      return pathElement(ctx, f, { ...strokeAttrs(s, pal, scale), 'data-fid': str(props(f)['fid']) }) + ticks;
    })
    .join('');
  const labels: LabelRequest[] = [];
  // Each highlighted route is named beside the middle of its line, so every view says which road it shows.
  for (const f of geo.routes.features) {
    const routeId = str(props(f)['id']);
    if (!view.highlight.routes.includes(routeId) || f.geometry.type !== 'LineString') continue;
    const coords = f.geometry.coordinates;
    const mid = ctx.project(coords[Math.floor((coords.length - 1) / 2)] as [number, number]);
    const next = ctx.project(coords[Math.floor((coords.length - 1) / 2) + 1] as [number, number]);
    if (!mid || !next) continue;
    const xy: [number, number] = [(mid[0] + next[0]) / 2, (mid[1] + next[1]) / 2];
    if (!ctx.inFrame(xy)) continue;
    labels.push({ id: `route:${routeId}`, x: xy[0], y: xy[1], lines: routeLabelLines(str(props(f)['name'])), role: 'route', r: 4 });
  }
  let ends = '';
  for (const f of geo.routeEnds.features) {
    const routeId = str(props(f)['id']);
    if (!view.highlight.routes.includes(routeId)) continue;
    const route = geo.routes.features.find((x) => props(x)['id'] === routeId);
    const coords = route?.geometry.type === 'LineString' ? route.geometry.coordinates : null;
    const xy = ctx.project((f.geometry as unknown as { coordinates: [number, number] }).coordinates);
    if (!coords || coords.length < 2 || !xy || !ctx.inFrame(xy)) continue;
    const prev = ctx.project(coords[coords.length - 2] as [number, number]) as [number, number];
    const angle = (Math.atan2(xy[1] - prev[1], xy[0] - prev[0]) * 180) / Math.PI;
    const fill = paint(routeSymbol(str(props(f)['kind']) as RouteKind, 'existing', true).colour, pal);
    ends += `<path${attrs({ d: 'M0,-5L9,0L0,5Z', fill, transform: `translate(${r(xy[0])},${r(xy[1])}) rotate(${r(angle)})` })}/>`;
    labels.push({ id: str(props(f)['fid']), x: xy[0], y: xy[1], lines: [str(props(f)['text'])], role: 'route-end', r: 10 });
  }
  return { groups: [{ cls: 'routes', body: routes }, { cls: 'route-ends', body: ends }], labels, obstacles: [] };
}

const ROUTE_STATES: readonly RouteState[] = ['existing', 'planned', 'under-construction', 'to-repair'];

/** Ids of the layers a reader can hover or tap on. */
const routeLayerIds = ROUTE_STATES.map((s) => `routes-${s}`);

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

function routeLayers(view: MapView, palette: Palette): LayerSpecification[] {
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
  const arrows: LayerSpecification = {
    id: 'routes-arrows',
    type: 'line',
    source: 'routeArrows',
    filter: isIn('id', view.highlight.routes),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': byKind(view, (kind) => colour(palette, routeSymbol(kind, 'existing', true).colour)), 'line-width': 2.5 },
  };
  return [...lines, ticks, arrows];
}

export const routesLayer: MapLayer = { id: 'routes', drawStatic, styleLayers: routeLayers, interactive: routeLayerIds };
