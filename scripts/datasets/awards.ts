// Emits awards.json: the state awards presented at the end of the meeting, each quote found in the speech.
import type { Builder, Problem } from '../lib/builder.ts';
import { quoteSentences } from '../lib/sentences.ts';
import type { Segmented } from '../lib/segment.ts';
import { generated, readCsvTable, toJson, type Table } from '../lib/table.ts';
import { award, type Award } from '../../src/schemas/award.ts';

export const awards: Builder<Table<Award>> = {
  name: 'awards',
  after: ['speech-text'],
  build(ctx) {
    const table = readCsvTable(ctx, 'awards.csv', award);
    const speech = (ctx.earlier.get('speech-text') as Segmented | null | undefined) ?? null;
    const problems: Problem[] = [...table.problems];
    const rows = table.rows.map(({ line, value }) => {
      const { sentences, problem } = quoteSentences(speech, value.quote, { file: table.file, line, field: 'quote' });
      if (problem) problems.push(problem);
      return { line, value: { ...value, sentences } };
    });
    const list = rows.map((r) => r.value);
    return { value: { ...table, rows }, problems, outputs: new Map([[generated('awards'), toJson(list)]]), summary: `${list.length} awards` };
  },
};
