// Emits source.json: the speech's metadata; its meeting date anchors every relative deadline.
import type { Builder, Problem } from '../lib/builder.ts';
import { refProblem, targetOf } from '../lib/refs.ts';
import { readJsonObject } from '../lib/table.ts';
import { earlierTable } from '../lib/earlier.ts';
import { generated, toJson } from '../lib/output.ts';
import { source as sourceSchema, type Source } from '../../src/schemas/source.ts';
import type { Input } from '../../src/schemas/input.ts';

export const source: Builder<Source | null> = {
  name: 'source',
  after: ['inputs'],
  build(ctx) {
    const { file, value, problems, lineOf } = readJsonObject(ctx, 'source.json', sourceSchema);
    const inputTable = earlierTable<Input>(ctx, 'inputs');
    const speechIds = new Set(inputTable.rows.filter((r) => r.value.kind === 'speech').map((r) => r.value.id));
    const problem = value && refProblem({ file, line: lineOf(['input']) ?? 1, field: 'input' }, value.input, { ...targetOf(inputTable, 'speech input'), ids: inputTable.ids && speechIds });
    const all: Problem[] = problem ? [...problems, problem] : problems;
    return { value, problems: all, outputs: value ? new Map([[generated('source'), toJson(value)]]) : new Map() };
  },
};
