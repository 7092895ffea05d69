// Emits bodies.json: who instructions name as responsible.
import type { Builder } from '../lib/builder.ts';
import { readCsvTable } from '../lib/table.ts';
import { count, generated, toJson } from '../lib/output.ts';
import { body, type Body } from '../../src/schemas/body.ts';

export const bodies: Builder<Body[]> = {
  name: 'bodies',
  build(ctx) {
    const table = readCsvTable(ctx, 'bodies.csv', body);
    const list = table.rows.map((r) => r.value);
    return { value: list, table, problems: table.problems, outputs: new Map([[generated('bodies'), toJson(list)]]), summary: count(list.length, 'body', 'bodies') };
  },
};
