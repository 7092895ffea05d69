// Emits projects.json; also checks the references claims and routes make to projects, which come after them.
import type { Builder, Problem } from '../lib/builder.ts';
import { checkColumn, refProblem, targetOf } from '../lib/refs.ts';
import { quoteSentences } from '../lib/sentences.ts';
import { readCsvTable } from '../lib/table.ts';
import { earlierSpeech, earlierTable } from '../lib/earlier.ts';
import { count, generated, toJson } from '../lib/output.ts';
import { project, type Project } from '../../src/schemas/project.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import type { Route } from '../../src/schemas/route.ts';

export const projects: Builder<Project[]> = {
  name: 'projects',
  after: ['speech-text', 'topics', 'districts', 'places', 'claims', 'routes'],
  build(ctx) {
    const table = readCsvTable(ctx, 'projects.csv', project);
    const speech = earlierSpeech(ctx);
    const claimTable = earlierTable<Claim>(ctx, 'claims');
    const routeTable = earlierTable<Route>(ctx, 'routes');
    const { file } = table;
    const self = targetOf(table, 'project');
    const problems: Problem[] = [
      ...table.problems,
      ...checkColumn(file, table.rows, 'topic', (p) => p.topic, targetOf(earlierTable(ctx, 'topics'), 'topic')),
      ...checkColumn(file, table.rows, 'districts', (p) => p.districts, targetOf(earlierTable(ctx, 'districts'), 'district')),
      ...checkColumn(file, table.rows, 'places', (p) => p.places, targetOf(earlierTable(ctx, 'places'), 'place')),
      ...checkColumn(file, table.rows, 'route', (p) => p.route, targetOf(routeTable, 'route')),
      ...checkColumn(file, table.rows, 'claims', (p) => p.claims, targetOf(claimTable, 'claim')),
      ...checkColumn(claimTable.file, claimTable.rows, 'projects', (c) => c.projects, self),
      ...routeTable.rows.flatMap(({ line, value }, index) =>
        value.projects.flatMap((id, k) => refProblem({ file: routeTable.file, line, field: `[${index}].projects[${k}]` }, id, self) ?? []),
      ),
    ];
    const rows = table.rows.map(({ line, value }) => {
      const { sentences, problem } = quoteSentences(speech, value.quote, { file, line, field: 'quote' });
      if (problem) problems.push(problem);
      return { line, value: { ...value, sentences } };
    });
    const list = rows.map((r) => r.value);
    return { value: list, table: { ...table, rows }, problems, outputs: new Map([[generated('projects'), toJson(list)]]), summary: count(list.length, 'project') };
  },
};
