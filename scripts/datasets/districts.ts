// Emits districts.json; each boundary_id must be a shapeID of the district polygons input.
import type { Builder, Problem } from '../lib/builder.ts';
import { propertyValues, readFeatures } from '../lib/features.ts';
import { refProblem } from '../lib/refs.ts';
import { readCsvTable } from '../lib/table.ts';
import { verifiedInputs } from '../lib/earlier.ts';
import { count, generated, toJson } from '../lib/output.ts';
import { district, type District } from '../../src/schemas/district.ts';

/** The input whose polygons districts point at (data/README.md, districts.csv). */
export const BOUNDARY_INPUT = 'districts-gb2017';

export const districts: Builder<District[]> = {
  name: 'districts',
  after: ['inputs'],
  build(ctx) {
    const table = readCsvTable(ctx, 'districts.csv', district);
    const problems: Problem[] = [...table.problems];
    const boundaries = verifiedInputs(ctx).get(BOUNDARY_INPUT);
    if (boundaries) {
      const shapeIds = new Set(propertyValues(readFeatures(boundaries.path), 'shapeID'));
      for (const { line, value } of table.rows) {
        const problem = refProblem({ file: table.file, line, field: 'boundary_id' }, value.boundaryId, { what: `shapeID of ${boundaries.file}`, file: boundaries.file, ids: shapeIds });
        if (problem) problems.push(problem);
      }
    }
    // Centres are places: the places builder checks them, since places.csv refers back to districts.
    const list = table.rows.map((r) => r.value);
    return { value: list, table, problems, outputs: new Map([[generated('districts'), toJson(list)]]), summary: count(list.length, 'district') };
  },
};
