// Emits places.json with coordinates read from the selected input feature, never typed by hand.
import type { Feature } from 'geojson';
import type { Builder, Problem } from '../lib/builder.ts';
import { anchorPoint, propertyValues, readFeatures, selectFeatures } from '../lib/features.ts';
import { checkColumn, targetOf } from '../lib/refs.ts';
import { earlierTable, generated, readCsvTable, toJson, type Table } from '../lib/table.ts';
import { place, type Place } from '../../src/schemas/place.ts';
import type { District } from '../../src/schemas/district.ts';
import type { Input } from '../../src/schemas/input.ts';
import type { FetchResult } from '../fetch-inputs.ts';
import { suggestIds } from '../../src/lib/suggest-ids.ts';

export interface PlacesValue extends Table<Place> {
  /** Places with no source, hence no coordinate. */
  unsourced: string[];
}

/** Reads each verified input's features once per run. */
export function featureCache(fetched: FetchResult | undefined): (inputId: string) => { input: Input; features: Feature[] } | undefined {
  const cache = new Map<string, Feature[]>();
  return (inputId) => {
    const verified = fetched?.verified.get(inputId);
    if (!verified) return undefined;
    let features = cache.get(inputId);
    if (!features) {
      features = readFeatures(verified.path);
      cache.set(inputId, features);
    }
    return { input: verified, features };
  };
}

/** The one feature a selector picks, or the problem that says why it picks none or several. */
export function pickFeature(features: readonly Feature[], selector: string, inputFile: string, at: { file: string; line: number; field: string }): { feature?: Feature; problem?: Problem } {
  const found = selectFeatures(features, selector);
  if (found.length === 1) return { feature: found[0] as Feature };
  const property = selector.slice(0, selector.indexOf('='));
  const value = selector.slice(selector.indexOf('=') + 1);
  if (found.length > 1) {
    return { problem: { ...at, received: selector, expected: `a selector matching exactly one feature of ${inputFile}`,
      hint: `${found.length} features have ${property}=${value}: select by a unique property instead (e.g. osm_id).` } };
  }
  const values = propertyValues(features, property);
  const close = suggestIds(value, values).map((c) => `${property}=${c}`);
  const hint =
    values.length === 0
      ? `No feature has a property named ${property}. Properties in this file: ${Object.keys(features[0]?.properties ?? {}).join(', ')}.`
      : `No feature has ${property}=${value}.${close.length > 0 ? ` Did you mean ${close.join(' or ')}?` : ''}`;
  return { problem: { ...at, received: selector, expected: `a selector matching exactly one feature of ${inputFile}`, hint } };
}

export const places: Builder<PlacesValue> = {
  name: 'places',
  after: ['inputs', 'districts'],
  build(ctx) {
    const table = readCsvTable(ctx, 'places.csv', place);
    const fetched = ctx.earlier.get('inputs') as FetchResult | undefined;
    const districtTable = earlierTable<District>(ctx, 'districts');
    const features = featureCache(fetched);
    const inputIds = fetched?.table.ids ?? null;
    const problems: Problem[] = [
      ...table.problems,
      ...checkColumn(table.file, table.rows, 'district', (p) => p.district, targetOf(districtTable, 'district')),
      ...checkColumn(table.file, table.rows, 'source', (p) => p.source, { what: 'input', file: fetched?.table.file ?? 'data/inputs.json', ids: inputIds }),
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
      value: { ...table, rows, unsourced },
      problems,
      outputs: new Map([[generated('places'), toJson(list)]]),
      summary: `${list.length} places; unsourced (no coordinate): ${unsourced.length === 0 ? 'none' : unsourced.join(', ')}`,
    };
  },
};
