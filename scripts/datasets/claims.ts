// Emits claims.json: every figure with its quote found in the speech and the sentences it covers.
import type { Builder, Problem } from '../lib/builder.ts';
import { checkColumn, targetOf } from '../lib/refs.ts';
import { quoteSentences } from '../lib/sentences.ts';
import { readCsvTable } from '../lib/table.ts';
import { earlierSpeech, earlierTable } from '../lib/earlier.ts';
import { count, generated, toJson } from '../lib/output.ts';
import { claim, type Claim } from '../../src/schemas/claim.ts';

export const claims: Builder<Claim[]> = {
  name: 'claims',
  after: ['speech-text', 'topics', 'districts', 'places'],
  build(ctx) {
    const table = readCsvTable(ctx, 'claims.csv', claim);
    const speech = earlierSpeech(ctx);
    const { file } = table;
    const problems: Problem[] = [
      ...table.problems,
      ...checkColumn(file, table.rows, 'topic', (c) => c.topic, targetOf(earlierTable(ctx, 'topics'), 'topic')),
      ...checkColumn(file, table.rows, 'districts', (c) => c.districts, targetOf(earlierTable(ctx, 'districts'), 'district')),
      ...checkColumn(file, table.rows, 'places', (c) => c.places, targetOf(earlierTable(ctx, 'places'), 'place')),
      // claims.projects is checked by the projects builder: projects.csv refers back to claims.
    ];
    const rows = table.rows.map(({ line, value }) => {
      const { sentences, problem } = quoteSentences(speech, value.quote, { file, line, field: 'quote' });
      if (problem) problems.push(problem);
      return { line, value: { ...value, sentences } };
    });
    const list = rows.map((r) => r.value);
    return { value: list, table: { ...table, rows }, problems, outputs: new Map([[generated('claims'), toJson(list)]]), summary: count(list.length, 'claim') };
  },
};
