// Places as dots, and the labels of places, water, districts (the shared polygon says it is shared) and
// neighbouring countries. The live map draws the dots as MapLibre circles and these same labels over its canvas.
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { attrs, paint } from '../../charts/common/svg.ts';
import { colour, type Palette } from '../model/palette.ts';
import { districtLabelLines, districtShortLines, placeRadius, placeRole } from '../model/marks.ts';
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
  // Labels are not MapLibre symbols: the live map draws drawStatic's labels over the canvas (src/maps/client/live-labels.ts).
  return [
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
  ];
}

export const pointsLayer: MapLayer = { id: 'points', drawStatic, styleLayers: pointLayers, interactive: ['places-circle'] };
