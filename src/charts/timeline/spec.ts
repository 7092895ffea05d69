// Instructions on the 2022–2026 axis from the meeting to their deadlines; undated ones in their own lane.
import type { TimelineEntry } from './options.ts';
import type { TimelineItem, TimelineOptions } from './render.ts';
import type { Instruction } from '../../schemas/instruction.ts';
import { formatDate } from '../../core/format.ts';
import { instructionsOf } from '../model/lookup.ts';
import { sentenceHref } from '../../core/links.ts';
import type { DataTable, GraphicDatasets } from '../model/types.ts';
import type { ChartModel, SpecContext } from '../common/chart-type.ts';

const MEETING = '2022-10-20';
const kindWords: Record<Instruction['deadlineKind'], string> = { date: '', urgent: 'urgent, no date', open: 'in stages, no date', none: 'no deadline given' };
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function deadlineText(i: Pick<Instruction, 'deadline' | 'deadlineKind'>): string {
  return i.deadline === null ? kindWords[i.deadlineKind] : formatDate(i.deadline);
}

type Model = ChartModel<TimelineItem[], TimelineOptions>;

export function timelineSpec(entry: TimelineEntry, datasets: GraphicDatasets, ctx: SpecContext): Model {
  const all = instructionsOf(entry, datasets);
  const kinds = entry.options.kinds ?? ['date', 'urgent', 'open', 'none'];
  const shown = all.filter((i) => kinds.includes(i.deadlineKind));
  const left = all.length - shown.length;
  const passed = (i: Pick<Instruction, 'deadline'>): boolean => i.deadline !== null && i.deadline < ctx.today;
  const footnote = left > 0 ? `Not shown: ${plural(left, 'instruction', 'instructions')} with no deadline in the speech; the tracker lists every instruction.` : undefined;
  const table: DataTable = {
    columns: [
      { key: 'action', label: 'What is to be done' },
      { key: 'deadline_said', label: 'Deadline as said' },
      { key: 'deadline_text', label: 'Deadline' },
      { key: 'passed', label: `Passed by ${formatDate(ctx.today)}` },
      { key: 'status', label: 'Status' },
      { key: 'quote', label: 'In the speech', href: 'source' },
      { key: 'instruction_id', label: 'Instruction id', fileOnly: true },
      { key: 'deadline', label: 'Deadline date', fileOnly: true },
      { key: 'deadline_kind', label: 'Deadline kind', fileOnly: true },
      { key: 'responsible', label: 'Responsible', fileOnly: true },
      { key: 'status_source', label: 'Status source', fileOnly: true },
      { key: 'checked_on', label: 'Checked on', fileOnly: true },
      { key: 'sentences', label: 'Sentence ids', fileOnly: true },
      { key: 'source', label: 'Source link', fileOnly: true },
    ],
    rows: shown.map((i) => ({
      action: i.action,
      deadline_said: i.deadlineSaid ?? '',
      deadline_text: deadlineText(i),
      passed: i.deadline === null ? '' : passed(i) ? 'yes' : 'no',
      status: i.followup.status,
      quote: i.quote,
      instruction_id: i.id,
      deadline: i.deadline,
      deadline_kind: i.deadlineKind,
      responsible: i.responsible.join(' '),
      status_source: i.followup.evidence.find((e) => e.reports !== 'context')?.url ?? null,
      checked_on: i.followup.checkedOn,
      sentences: i.sentences.join(' '),
      source: i.sentences[0] === undefined ? null : sentenceHref(i.sentences[0]),
    })),
  };
  const dated = shown.filter((i) => i.deadlineKind === 'date');
  const undated = shown.length - dated.length;
  const description = `Timeline of ${plural(shown.length, 'instruction', 'instructions')} from the meeting on ${formatDate(MEETING)}: ${dated.length} with a deadline date, ${plural(dated.filter(passed).length, 'of them', 'of them')} passed by ${formatDate(ctx.today)}; ${undated} without a date. ${footnote ?? ''} The table lists every instruction drawn.`.replace(/\s+/g, ' ').trim();
  return {
    data: shown.map((i) => ({
      key: i.id,
      label: i.action,
      date: i.deadline,
      kind: i.deadlineKind,
      ...(i.deadlineSaid === null ? {} : { said: i.deadlineSaid }),
      note: `Status: ${i.followup.status}`,
    })),
    options: { today: ctx.today, meeting: MEETING, ...(footnote === undefined ? {} : { footnote }) },
    table,
    description,
    sentences: shown.map((i) => i.sentences),
  };
}
