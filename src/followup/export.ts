// The reusable files of the tracker: every instruction and project with its status and evidence, as JSON and CSV rows.
import type { FollowupRecord, Tracked } from '../schemas/followup.ts';
import type { Instruction } from '../schemas/instruction.ts';
import type { Project } from '../schemas/project.ts';
import { deadlineOutcome } from './summary.ts';
import type { CsvValue } from '../core/csv-out.ts';

export interface ExportContext {
  /** Absolute URL of a site path. */
  absolute: (path: string) => string;
  /** Name of a body id. */
  bodyName: (id: string) => string;
  today: string;
}

const evidenceOut = (f: FollowupRecord) =>
  f.evidence.map((e) => ({
    url: e.url, outlet: e.outlet, source_kind: e.sourceKind, published: e.published, language: e.language, summary: e.summary,
    quoted: e.quoted, reports: e.reports, completed_on: e.completedOn, figures: e.figures, checked_on: e.checkedOn,
  }));

const followupOut = (f: FollowupRecord) => ({
  status: f.status, status_note: f.note, checked_on: f.checkedOn, searched: f.searched, reported_by: f.sourceKinds, completed_on: f.completedOn,
  history: f.history.map((h) => ({ date: h.date, status: h.status, note: h.note })), evidence: evidenceOut(f),
});

/** One instruction as /data/instructions.json lists it. */
export function instructionOut(i: Tracked<Instruction>, ctx: ExportContext) {
  return {
    id: i.id, kind: i.kind, action: i.action, deadline: i.deadlineSaid, deadline_date: i.deadline, deadline_kind: i.deadlineKind,
    responsible: i.responsible.includes('not-named') ? [] : i.responsible.map(ctx.bodyName),
    topic: i.topic, districts: i.districts, places: i.places, projects: i.projects,
    quote: i.quote, sentence_url: ctx.absolute(`/speech/#${i.sentences[0] ?? ''}`), page_url: ctx.absolute(`/tracker/${i.id}/`),
    deadline_outcome: deadlineOutcome(i, ctx.today),
    ...followupOut(i.followup),
  };
}

/** One project as /data/projects.json lists it; `state_in_speech` beside the status reported now. */
export function projectOut(p: Tracked<Project>) {
  return { id: p.id, name: p.name, kind: p.kind, state_in_speech: p.state, topic: p.topic, districts: p.districts, places: p.places, quote: p.quote, ...followupOut(p.followup) };
}

export const INSTRUCTION_CSV_COLUMNS = [
  'id', 'kind', 'action', 'deadline', 'deadline_date', 'responsible', 'status', 'status_note', 'reported_by', 'completed_on', 'deadline_outcome',
  'checked_on', 'evidence_count', 'evidence_urls', 'quote', 'sentence_url', 'page_url',
] as const;

/** The flat CSV row of an instruction: evidence as a count and its URLs separated by spaces. */
export function instructionCsvRow(i: Tracked<Instruction>, ctx: ExportContext): Record<(typeof INSTRUCTION_CSV_COLUMNS)[number], CsvValue> {
  const o = instructionOut(i, ctx);
  return {
    id: o.id, kind: o.kind, action: o.action, deadline: o.deadline, deadline_date: o.deadline_date, responsible: o.responsible.join('; '),
    status: o.status, status_note: o.status_note, reported_by: o.reported_by.join(' '), completed_on: o.completed_on, deadline_outcome: o.deadline_outcome,
    checked_on: o.checked_on, evidence_count: o.evidence.length, evidence_urls: o.evidence.map((e) => e.url).join(' '), quote: o.quote,
    sentence_url: o.sentence_url, page_url: o.page_url,
  };
}
