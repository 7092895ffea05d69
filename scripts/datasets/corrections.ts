// Emits corrections.json: the public corrections log, each entry dated, naming its pages and the data rows it changed.
import type { Builder, Problem } from '../lib/builder.ts';
import { refProblem, targetOf } from '../lib/refs.ts';
import { readJsonTable } from '../lib/table.ts';
import { earlierTable } from '../lib/earlier.ts';
import { count, generated, toJson } from '../lib/output.ts';
import { correction, type Correction } from '../../src/schemas/correction.ts';

const DATASETS = { claims: 'claim', instructions: 'instruction', projects: 'project' } as const;

export const corrections: Builder<Correction[]> = {
  name: 'corrections',
  after: ['claims', 'instructions', 'projects'],
  build(ctx) {
    const table = readJsonTable(ctx, 'corrections.json', correction, Object.keys(correction.shape));
    const { file } = table;
    const problems: Problem[] = [...table.problems];
    table.rows.forEach(({ line, value }) => {
      value.rows.forEach((ref, n) => {
        const [dataset, id] = ref.split(':') as [keyof typeof DATASETS, string];
        const problem = refProblem({ file, line, field: `rows[${n}]` }, id, targetOf(earlierTable(ctx, dataset), DATASETS[dataset]));
        if (problem) problems.push(problem);
      });
    });
    // Newest first, as readers expect a log.
    const list = table.rows.map((r) => r.value).sort((a, b) => b.date.localeCompare(a.date));
    return { value: list, table, problems, outputs: new Map([[generated('corrections'), toJson(list)]]), summary: count(list.length, 'correction') };
  },
};
