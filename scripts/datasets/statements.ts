// Emits statements.json: the speech's checkable statements that are neither figures nor instructions, each quote found in the speech.
import type { Builder, Problem } from '../lib/builder.ts';
import { checkColumn, targetOf } from '../lib/refs.ts';
import { quoteSentences } from '../lib/sentences.ts';
import { readCsvTable } from '../lib/table.ts';
import { earlierSpeech, earlierTable } from '../lib/earlier.ts';
import { count, generated, toJson } from '../lib/output.ts';
import { statement, type Statement } from '../../src/schemas/statement.ts';

export const statements: Builder<Statement[]> = {
  name: 'statements',
  after: ['speech-text', 'topics', 'districts', 'places', 'projects', 'claims'],
  build(ctx) {
    const table = readCsvTable(ctx, 'statements.csv', statement);
    const speech = earlierSpeech(ctx);
    const { file } = table;
    const problems: Problem[] = [
      ...table.problems,
      ...checkColumn(file, table.rows, 'topic', (s) => s.topic, targetOf(earlierTable(ctx, 'topics'), 'topic')),
      ...checkColumn(file, table.rows, 'districts', (s) => s.districts, targetOf(earlierTable(ctx, 'districts'), 'district')),
      ...checkColumn(file, table.rows, 'places', (s) => s.places, targetOf(earlierTable(ctx, 'places'), 'place')),
      ...checkColumn(file, table.rows, 'projects', (s) => s.projects, targetOf(earlierTable(ctx, 'projects'), 'project')),
      ...checkColumn(file, table.rows, 'claims', (s) => s.claims, targetOf(earlierTable(ctx, 'claims'), 'claim')),
    ];
    const rows = table.rows.map(({ line, value }) => {
      const { sentences, problem } = quoteSentences(speech, value.quote, { file, line, field: 'quote' });
      if (problem) problems.push(problem);
      return { line, value: { ...value, sentences } };
    });
    const list = rows.map((r) => r.value);
    return { value: list, table: { ...table, rows }, problems, outputs: new Map([[generated('statements'), toJson(list)]]), summary: count(list.length, 'statement') };
  },
};
