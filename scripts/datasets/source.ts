// Emits source.json: the speech's metadata; its meeting date anchors every relative deadline.
import type { Builder, Problem } from '../lib/builder.ts';
import { refProblem, targetOf } from '../lib/refs.ts';
import { generated, readJsonObject, toJson } from '../lib/table.ts';
import { source as sourceSchema, type Source } from '../../src/schemas/source.ts';
import type { FetchResult } from '../fetch-inputs.ts';

export const source: Builder<Source | null> = {
  name: 'source',
  after: ['inputs'],
  build(ctx) {
    const { file, value, problems } = readJsonObject(ctx, 'source.json', sourceSchema);
    const fetched = ctx.earlier.get('inputs') as FetchResult | undefined;
    const all: Problem[] = [...problems];
    if (value && fetched) {
      const speechIds = new Set(fetched.table.rows.filter((r) => r.value.kind === 'speech').map((r) => r.value.id));
      const problem = refProblem({ file, line: 1, field: 'input' }, value.input, { ...targetOf(fetched.table, 'speech input'), ids: fetched.table.ids && speechIds });
      if (problem) all.push(problem);
    }
    return { value, problems: all, outputs: value ? new Map([[generated('source'), toJson(value)]]) : new Map() };
  },
};
