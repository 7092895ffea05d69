// Emits followup.json: what was reported since the speech, for every instruction and project, with dates checked.
import type { Builder, Problem } from '../lib/builder.ts';
import { refProblem, targetOf } from '../lib/refs.ts';
import { readJsonTable } from '../lib/table.ts';
import { earlierList, earlierTable } from '../lib/earlier.ts';
import { count, generated, toJson } from '../lib/output.ts';
import {
  DATE_NOT_SHOWN, SOURCE_KINDS, followup, track, type Followup, type FollowupData, type FollowupRecord, type SourceKind,
} from '../../src/schemas/followup.ts';
import type { Instruction } from '../../src/schemas/instruction.ts';
import type { Project } from '../../src/schemas/project.ts';
import type { Source } from '../../src/schemas/source.ts';


/** `YYYY-MM` compares as the first day of its month. */
const day = (date: string): string => (date.length === 7 ? `${date}-01` : date);

/** Builds the record the site shows from one checked entry. */
export function toRecord(entry: Followup): FollowupRecord {
  const evidence = entry.evidence.map((e) => ({ ...e, checkedOn: e.checkedOn ?? entry.checkedOn }));
  // Kept as written (YYYY-MM stays a month), ordered by the first day it can mean.
  const done = evidence.flatMap((e) => (e.reports === 'done' && e.completedOn !== null ? [e.completedOn] : [])).sort((a, b) => day(a).localeCompare(day(b)));
  const kinds = new Set(evidence.filter((e) => e.reports !== 'context').map((e) => e.sourceKind));
  const last = entry.history.at(-1);
  const history = [...entry.history];
  if (!last || last.status !== entry.status) history.push({ date: entry.checkedOn, status: entry.status, note: null });
  return {
    status: entry.status,
    note: entry.note,
    searched: entry.searched,
    checkedOn: entry.checkedOn,
    evidence,
    history,
    // A completion date means something only for what is reported done; a partial report's "done" part is not the whole.
    completedOn: entry.status === 'reported done' ? (done[0] ?? null) : null,
    sourceKinds: SOURCE_KINDS.filter((k): k is SourceKind => kinds.has(k)),
  };
}

/** Every date the entry gives, with where it stands, for the future and before-the-speech checks. */
function datesOf(entry: Followup): { field: string; date: string; completion: boolean }[] {
  const out: { field: string; date: string; completion: boolean }[] = [{ field: 'checked_on', date: entry.checkedOn, completion: false }];
  entry.evidence.forEach((e, k) => {
    if (e.published !== DATE_NOT_SHOWN) out.push({ field: `evidence[${k}].published`, date: e.published, completion: e.reports === 'done' });
    if (e.completedOn) out.push({ field: `evidence[${k}].completed_on`, date: e.completedOn, completion: true });
    if (e.checkedOn) out.push({ field: `evidence[${k}].checked_on`, date: e.checkedOn, completion: false });
  });
  entry.history.forEach((h, k) => out.push({ field: `history[${k}].date`, date: h.date, completion: false }));
  return out;
}

export const followupData: Builder<FollowupData> = {
  name: 'followup',
  after: ['source', 'instructions', 'projects'],
  build(ctx) {
    const table = readJsonTable(ctx, 'followup.json', followup, Object.keys(followup.shape));
    const { file } = table;
    const problems: Problem[] = [...table.problems];
    const meetingDate = (ctx.earlier.get('source') as Source | null | undefined)?.meetingDate ?? null;
    const { today } = ctx;
    const targets = { instruction: targetOf(earlierTable(ctx, 'instructions'), 'instruction'), project: targetOf(earlierTable(ctx, 'projects'), 'project') };
    const data: FollowupData = { instructions: {}, projects: {} };
    for (const { id, followup: record } of track(earlierList<Instruction>(ctx, 'instructions'), {})) data.instructions[id] = record;
    for (const { id, followup: record } of track(earlierList<Project>(ctx, 'projects'), {})) data.projects[id] = record;
    const seen = new Map<string, number>();
    table.rows.forEach(({ line, value }, index) => {
      const at = (field: string) => ({ file, line, field: `[${index}].${field}` });
      const kind = value.instruction !== undefined ? 'instruction' : 'project';
      const subject = (value.instruction ?? value.project) as string;
      const ref = refProblem(at(kind), subject, targets[kind]);
      if (ref) problems.push(ref);
      const key = `${kind}:${subject}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({ ...at(kind), received: subject, expected: `one entry per ${kind}`, hint: `Line ${first} already has an entry for ${subject}: add this evidence to that entry instead.` });
      }
      seen.set(key, line);
      for (const { field, date, completion } of datesOf(value)) {
        if (day(date) > today) {
          problems.push({ ...at(field), received: date, expected: `a date no later than today (${today})`, hint: 'A report cannot be published, checked or completed in the future: check the year.' });
        }
        if (completion && meetingDate !== null && day(date) < meetingDate && !(date.length === 7 && `${date}-31` >= meetingDate)) {
          problems.push({ ...at(field), received: date, expected: `a completion on or after the speech (${meetingDate})`,
            hint: 'Work reported done before the speech is not a follow-up: mark the entry "reports": "context", or check the date.' });
        }
      }
      value.history.forEach((h, k) => {
        const previous = value.history[k - 1];
        if (previous && h.date < previous.date) {
          problems.push({ ...at(`history[${k}].date`), received: h.date, expected: `a date on or after the previous change (${previous.date})`, hint: 'List the history oldest first.' });
        }
      });
      if (ref === null && first === undefined) {
        (kind === 'instruction' ? data.instructions : data.projects)[subject] = toRecord(value);
      }
    });
    const all = [...Object.values(data.instructions), ...Object.values(data.projects)];
    const unchecked = all.filter((r) => r.status === 'not yet checked').length;
    const evidence = all.reduce((n, r) => n + r.evidence.length, 0);
    return {
      value: data,
      problems,
      outputs: new Map([[generated('followup'), toJson(data)]]),
      summary: `${count(all.length - unchecked, 'item')} checked, ${unchecked} not yet, ${count(evidence, 'evidence entry', 'evidence entries')}`,
    };
  },
};
