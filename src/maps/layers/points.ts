// Places as dots, and the labels of places, water, districts (the shared polygon says it is shared) and
// neighbouring countries, static and live. Live, this layer also sets the route-end labels (symbols draw above
// every line); the static map lays them out with the route they belong to (routes.ts).
import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { attrs, paint } from '../../charts/common/svg.ts';
import { MAP_FONT } from '../model/glyphs.ts';
import { colour, type Palette } from '../model/palette.ts';
import { districtLabelLines, districtShortLines, MERGED_MARK, placeRadius, placeRole } from '../model/marks.ts';
import type { MapView } from '../model/view.ts';
import { active, byId, isIn } from './expressions.ts';
import { props, str, type Box, type GeoFeature, type LabelRequest, type MapLayer, type StaticContext, type StaticDrawing } from './layer.ts';

const WATER_KINDS = new Set(['lake', 'reservoir', 'river']);

function drawStatic(ctx: StaticContext): StaticDrawing {
  const { geo, view, palette: pal, scale } = ctx;
  const at = (f: GeoFeature) => ctx.project((f.geometry as unknown as { coordinates: [number, number] }).coordinates);
  const labels: LabelRequest[] = [];
  const obstacles: Box[] = [];
  let dots = '';
  for (const f of geo.places.features) {
    const id = str(props(f)['id']);
    const water = WATER_KINDS.has(str(props(f)['kind']));
    if (!water && !view.places.includes(id)) continue;
    const xy = at(f);
    if (!xy || !ctx.inFrame(xy)) continue;
    const name = str(props(f)['name']);
    const fid = `place:${id}`;
    if (water) {
      labels.push({ id: fid, x: xy[0], y: xy[1], lines: [name], role: 'water', r: 0, centred: true });
      continue;
    }
    const highlighted = view.highlight.places.includes(id);
    const radius = placeRadius(view, id) * scale;
    dots += `<circle${attrs({ cx: xy[0], cy: xy[1], r: radius, fill: paint(highlighted ? view.accent : 'fg', pal), stroke: paint('bg', pal), 'stroke-width': 1, 'data-fid': fid })}/>`;
    obstacles.push({ x0: xy[0] - radius, y0: xy[1] - radius, x1: xy[0] + radius, y1: xy[1] + radius });
    labels.push({ id: fid, x: xy[0], y: xy[1], lines: [name], role: placeRole(view, id), r: radius });
  }
  // District labels keep inside their polygon where they fit; the small shared polygon claims its room first.
  const ringsOf = (polygonId: string) => {
    const f = geo.districts.features.find((x) => props(x)['id'] === polygonId);
    const polys = f?.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f?.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    return polys.flatMap((rings) => rings.map((ring) => ring.map((pt) => ctx.project(pt as [number, number]) as [number, number])));
  };
  for (const f of geo.labels.features) {
    const xy = at(f);
    if (!xy || !ctx.inFrame(xy)) continue;
    const p = props(f);
    const district = p['kind'] === 'district';
    const fid = str(p['fid']);
    const lines = district ? districtLabelLines(str(p['name']), p['merged'] === true) : [str(p['name'])];
    const rings = district ? ringsOf(str(p['id'])) : [];
    labels.push({ id: fid, x: xy[0], y: xy[1], lines, role: district ? 'district' : 'country', r: 0, centred: true, leader: p['merged'] === true, ...(rings.length > 0 ? { within: rings } : {}), ...(p['merged'] === true ? { short: districtShortLines(str(p['name'])), first: true } : {}) });
  }
  return { groups: [{ cls: 'places', body: dots }], labels, obstacles };
}

const WATER: ExpressionSpecification = ['in', ['get', 'kind'], ['literal', ['lake', 'reservoir', 'river']]];

function pointLayers(view: MapView, palette: Palette): LayerSpecification[] {
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

export const pointsLayer: MapLayer = { id: 'points', drawStatic, styleLayers: pointLayers, interactive: ['places-circle'] };
