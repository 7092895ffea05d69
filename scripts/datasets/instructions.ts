// Emits instructions.json with deadlines resolved against the meeting date and quotes tied to sentences.
import type { Builder, Problem } from '../lib/builder.ts';
import { DEADLINE_PHRASES, resolveDeadline } from '../lib/deadline.ts';
import { checkColumn, targetOf } from '../lib/refs.ts';
import { quoteSentences } from '../lib/sentences.ts';
import { readCsvTable } from '../lib/table.ts';
import { earlierSpeech, earlierTable } from '../lib/earlier.ts';
import { count, generated, toJson } from '../lib/output.ts';
import { instruction, NOT_NAMED, type Instruction } from '../../src/schemas/instruction.ts';
import type { Source } from '../../src/schemas/source.ts';

export const instructions: Builder<Instruction[]> = {
  name: 'instructions',
  after: ['source', 'speech-text', 'bodies', 'topics', 'districts', 'places', 'projects', 'claims'],
  build(ctx) {
    const table = readCsvTable(ctx, 'instructions.csv', instruction);
    const speech = earlierSpeech(ctx);
    const meetingDate = (ctx.earlier.get('source') as Source | null | undefined)?.meetingDate ?? null;
    const { file } = table;
    const problems: Problem[] = [
      ...table.problems,
      ...checkColumn(file, table.rows, 'responsible', (i) => i.responsible, targetOf(earlierTable(ctx, 'bodies'), 'body', [NOT_NAMED])),
      ...checkColumn(file, table.rows, 'topic', (i) => i.topic, targetOf(earlierTable(ctx, 'topics'), 'topic')),
      ...checkColumn(file, table.rows, 'districts', (i) => i.districts, targetOf(earlierTable(ctx, 'districts'), 'district')),
      ...checkColumn(file, table.rows, 'places', (i) => i.places, targetOf(earlierTable(ctx, 'places'), 'place')),
      ...checkColumn(file, table.rows, 'projects', (i) => i.projects, targetOf(earlierTable(ctx, 'projects'), 'project')),
      ...checkColumn(file, table.rows, 'claims', (i) => i.claims, targetOf(earlierTable(ctx, 'claims'), 'claim')),
    ];
    const rows = table.rows.map(({ line, value }) => {
      if (value.responsible.length === 0 || (value.responsible.includes(NOT_NAMED) && value.responsible.length > 1)) {
        problems.push({ file, line, field: 'responsible', received: value.responsible.join(';'), expected: `body ids, or ${NOT_NAMED} alone`,
          hint: `Name the bodies the speech makes responsible; write ${NOT_NAMED} when it names nobody.` });
      }
      const resolved = meetingDate === null ? null : resolveDeadline(value.deadlineSaid, meetingDate);
      if (meetingDate !== null && resolved === null) {
        problems.push({ file, line, field: 'deadline_said', received: value.deadlineSaid ?? '', expected: `one of the phrases: ${DEADLINE_PHRASES.join(', ')}`,
          hint: 'Write the deadline as the speech words it, in one of these forms; leave it empty when the speech gives none.' });
      }
      const { sentences, problem } = quoteSentences(speech, value.quote, { file, line, field: 'quote' });
      if (problem) problems.push(problem);
      return { line, value: { ...value, deadline: resolved?.deadline ?? null, deadlineKind: resolved?.kind ?? 'none', sentences } };
    });
    const list = rows.map((r) => r.value);
    return { value: list, table: { ...table, rows }, problems, outputs: new Map([[generated('instructions'), toJson(list)]]), summary: count(list.length, 'instruction') };
  },
};
