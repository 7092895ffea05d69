// Emits places.json with coordinates read from the selected input feature, never typed by hand.
import type { Builder, Problem } from '../lib/builder.ts';
import type { Geometry, Position } from 'geojson';
import { anchorPoint, featureCache, pickFeature, readFeatures } from '../lib/features.ts';
import { insidePolygon } from '../lib/geo/label-point.ts';
import { checkColumn, targetOf } from '../lib/refs.ts';
import { readCsvTable } from '../lib/table.ts';
import { earlierTable, verifiedInputs } from '../lib/earlier.ts';
import { generated, toJson } from '../lib/output.ts';
import { place, type Place } from '../../src/schemas/place.ts';
import type { District } from '../../src/schemas/district.ts';
import { DATA_EXTENT } from '../../src/maps/model/extents.ts';
import { BOUNDARY_INPUT } from './districts.ts';

const inExtent = ([x, y]: [number, number]): boolean => x >= DATA_EXTENT[0] && x <= DATA_EXTENT[2] && y >= DATA_EXTENT[1] && y <= DATA_EXTENT[3];

/** True when the point lies in one of the geometry's polygons. */
function insideArea(point: Position, geometry: Geometry): boolean {
  if (geometry.type === 'Polygon') return insidePolygon(point, geometry.coordinates);
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.some((rings) => insidePolygon(point, rings));
  return false;
}

/** The polygon of each district id, from the boundaries input (empty when that input failed: already reported). */
function districtAreas(boundaryPath: string | undefined, districts: readonly District[]): Map<string, Geometry> {
  if (boundaryPath === undefined) return new Map();
  const byShape = new Map(readFeatures(boundaryPath).map((f) => [String(f.properties?.['shapeID']), f.geometry]));
  return new Map(districts.flatMap((d) => {
    const geometry = byShape.get(d.boundaryId);
    return geometry ? [[d.id, geometry] as const] : [];
  }));
}

export const places: Builder<Place[]> = {
  name: 'places',
  after: ['inputs', 'districts'],
  build(ctx) {
    const table = readCsvTable(ctx, 'places.csv', place);
    const districtTable = earlierTable<District>(ctx, 'districts');
    const inputs = verifiedInputs(ctx);
    const features = featureCache(inputs);
    const areas = districtAreas(inputs.get(BOUNDARY_INPUT)?.path, districtTable.rows.map((r) => r.value));
    const problems: Problem[] = [
      ...table.problems,
      ...checkColumn(table.file, table.rows, 'district', (p) => p.district, targetOf(districtTable, 'district')),
      ...checkColumn(table.file, table.rows, 'source', (p) => p.source, targetOf(earlierTable(ctx, 'inputs'), 'input')),
      // districts.csv names its centres before places.csv is read, so the check lives here.
      ...checkColumn(districtTable.file, districtTable.rows, 'centre', (d) => d.centre, targetOf(table, 'place')),
    ];
    const rows = table.rows.map(({ line, value }) => {
      let point: [number, number] | null = null;
      const source = value.source === null ? undefined : features(value.source);
      if (source && value.sourceRef !== null) {
        const picked = pickFeature(source.features, value.sourceRef, source.input.file, { file: table.file, line, field: 'source_ref' });
        if (picked.problem) problems.push(picked.problem);
        if (picked.feature?.geometry) point = anchorPoint(picked.feature.geometry);
        // A swapped lon/lat or a wrong feature is still a valid coordinate: only where it falls gives it away.
        const at = { file: table.file, line, field: 'source_ref', received: value.sourceRef };
        const where = point && `lon ${point[0]}, lat ${point[1]}`;
        if (point && !inExtent(point)) {
          problems.push({ ...at, expected: `a feature inside the map data extent (lon ${DATA_EXTENT[0]} to ${DATA_EXTENT[2]}, lat ${DATA_EXTENT[1]} to ${DATA_EXTENT[3]})`,
            hint: `The feature of ${source.input.file} sits at ${where}${inExtent([point[1], point[0]]) ? ', which is inside the extent with longitude and latitude swapped: the input has them the wrong way round' : ''}. Check the selector picks the right feature, or fix the input.` });
          point = null;
        } else if (point && value.district !== null && areas.has(value.district) && !insideArea(point, areas.get(value.district)!)) {
          problems.push({ ...at, expected: `a feature inside the polygon of district ${value.district}`,
            hint: `The feature of ${source.input.file} sits at ${where}, outside that district. Check the selector picks the right feature and the district column is right (leave district empty for a place outside Zhetysu).` });
        }
      }
      return { line, value: { ...value, lon: point?.[0] ?? null, lat: point?.[1] ?? null } };
    });
    const unsourced = rows.filter((r) => r.value.source === null).map((r) => r.value.id);
    const list = rows.map((r) => r.value);
    return {
      value: list,
      table: { ...table, rows },
      problems,
      outputs: new Map([[generated('places'), toJson(list)]]),
      summary: `${list.length} places; unsourced (no coordinate): ${unsourced.length === 0 ? 'none' : unsourced.join(', ')}`,
    };
  },
};
