// Emits places.json with coordinates read from the selected input feature, never typed by hand.
import type { Builder, Problem } from '../lib/builder.ts';
import { anchorPoint, featureCache, pickFeature } from '../lib/features.ts';
import { checkColumn, targetOf } from '../lib/refs.ts';
import { readCsvTable } from '../lib/table.ts';
import { earlierTable, verifiedInputs } from '../lib/earlier.ts';
import { generated, toJson } from '../lib/output.ts';
import { place, type Place } from '../../src/schemas/place.ts';
import type { District } from '../../src/schemas/district.ts';

export const places: Builder<Place[]> = {
  name: 'places',
  after: ['inputs', 'districts'],
  build(ctx) {
    const table = readCsvTable(ctx, 'places.csv', place);
    const districtTable = earlierTable<District>(ctx, 'districts');
    const features = featureCache(verifiedInputs(ctx));
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
