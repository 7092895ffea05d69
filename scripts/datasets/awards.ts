// Emits awards.json: the state awards presented at the end of the meeting, each quote found in the speech.
import type { Builder, Problem } from '../lib/builder.ts';
import { quoteSentences } from '../lib/sentences.ts';
import { readCsvTable } from '../lib/table.ts';
import { earlierSpeech } from '../lib/earlier.ts';
import { count, generated, toJson } from '../lib/output.ts';
import { award, type Award } from '../../src/schemas/award.ts';

export const awards: Builder<Award[]> = {
  name: 'awards',
  after: ['speech-text'],
  build(ctx) {
    const table = readCsvTable(ctx, 'awards.csv', award);
    const speech = earlierSpeech(ctx);
    const problems: Problem[] = [...table.problems];
    const rows = table.rows.map(({ line, value }) => {
      const { sentences, problem } = quoteSentences(speech, value.quote, { file: table.file, line, field: 'quote' });
      if (problem) problems.push(problem);
      return { line, value: { ...value, sentences } };
    });
    const list = rows.map((r) => r.value);
    return { value: list, table: { ...table, rows }, problems, outputs: new Map([[generated('awards'), toJson(list)]]), summary: count(list.length, 'award') };
  },
};
