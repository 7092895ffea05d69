import { z } from 'zod';
import { cell, id, oneOf, optionalText, text } from './fields.ts';

/** The status scale of the tracker, from "nobody has looked" to what sources report. */
export const FOLLOWUP_STATUSES = [
  'not yet checked',
  'no public report found',
  'reported under way',
  'reported partly done',
  'reported done',
  'reported delayed or stalled',
  'reported dropped',
  'unclear as worded',
] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];

/** Statuses that stand without an evidence entry. */
export const STATUSES_WITHOUT_EVIDENCE: readonly FollowupStatus[] = ['not yet checked', 'no public report found', 'unclear as worded'];

/** Who published a report: `official` (government, ministry, akimat), `company` (the builder or operator), `news`, `independent`. */
export const SOURCE_KINDS = ['official', 'company', 'news', 'independent'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** What one evidence entry reports; `context` is background, never evidence of progress. */
export const REPORTS = ['done', 'under way', 'partly done', 'delayed or stalled', 'dropped', 'context'] as const;

export const LANGUAGES = ['en', 'ru', 'kk'] as const;

/** Written when a page shows no publication date. */
export const DATE_NOT_SHOWN = 'date not shown';

/** True for `YYYY-MM-DD` naming a real calendar day, or `YYYY-MM` naming a real month. */
export function isRealDate(raw: string): boolean {
  if (/^\d{4}-\d{2}$/u.test(raw)) return isRealDate(`${raw}-01`);
  return /^\d{4}-\d{2}-\d{2}$/u.test(raw) && !Number.isNaN(Date.parse(`${raw}T00:00:00Z`)) && new Date(`${raw}T00:00:00Z`).toISOString().startsWith(raw);
}

const DATE_EXPECTED = 'a real date written YYYY-MM-DD (or YYYY-MM when the page shows only the month)';

/** A required date, `YYYY-MM-DD` or `YYYY-MM`. */
const reportDate = () =>
  cell((raw) => (isRealDate(raw) ? { ok: true as const, value: raw } : { ok: false as const, expected: DATE_EXPECTED, hint: 'E.g. 2025-10-23; check the month has that day.' }));

/** An optional date; null when absent. */
const optionalReportDate = () =>
  cell((raw): { ok: true; value: string | null } | { ok: false; expected: string; hint: string } =>
    raw === '' ? { ok: true, value: null } : isRealDate(raw) ? { ok: true, value: raw } : { ok: false, expected: DATE_EXPECTED, hint: 'E.g. 2025-10-23, or leave the key out.' },
  );

/** The publication date as the page shows it, or the literal "date not shown". */
const published = () =>
  cell((raw) =>
    raw === DATE_NOT_SHOWN || isRealDate(raw)
      ? { ok: true as const, value: raw }
      : { ok: false as const, expected: `${DATE_EXPECTED}, or "${DATE_NOT_SHOWN}"`, hint: `Copy the date the page shows; write "${DATE_NOT_SHOWN}" when it shows none. Never guess a year.` },
  );

const httpUrl = () =>
  cell((raw) =>
    URL.canParse(raw) && /^https?:\/\//u.test(raw)
      ? { ok: true as const, value: raw }
      : { ok: false as const, expected: 'a full http:// or https:// URL', hint: 'Paste the address of the page exactly as the browser shows it.' },
  );

/** A figure a report gives (never one of the speech's figures). */
const figure = z.strictObject({
  /** The figure as the source writes it ("302,4", "более 130 тысяч"): never converted, so nothing is lost or added. */
  value: text(),
  unit: optionalText().prefault(''),
  /** What the number counts, in our words. */
  what: text(),
});

/** One dated public report about an instruction or project. */
export const evidence = z.strictObject({
  url: httpUrl(),
  /** Outlet or body that published the page. */
  outlet: text(),
  sourceKind: oneOf(SOURCE_KINDS),
  published: published(),
  language: oneOf(LANGUAGES),
  /** What was reported, in our own words. */
  summary: text(),
  /** At most a few words of the page, verbatim (shown in quotation marks). */
  quoted: optionalText().prefault(''),
  reports: oneOf(REPORTS),
  /** When the source says the work was completed or launched. */
  completedOn: optionalReportDate().prefault(''),
  figures: z.array(figure).prefault([]),
  /** The day we read the page; defaults to the entry's checked_on. */
  checkedOn: optionalReportDate().prefault(''),
});

/** One status change, for the history and the updates log. */
export const statusChange = z.strictObject({
  date: reportDate(),
  status: oneOf(FOLLOWUP_STATUSES),
  note: optionalText().prefault(''),
});

/** What came of one instruction or project (data/followup.json). */
export const followup = z
  .strictObject({
    /** Instruction id (data/instructions.csv); give this or `project`. */
    instruction: id().optional(),
    /** Project id (data/projects.csv); give this or `instruction`. */
    project: id().optional(),
    status: oneOf(FOLLOWUP_STATUSES),
    /** Why this status, in our words; for a deadline, whether the reported completion came before or after it. */
    note: text(),
    /** What was searched, in which languages: required for "no public report found". */
    searched: optionalText().prefault(''),
    /** The day of the check. */
    checkedOn: reportDate(),
    evidence: z.array(evidence).prefault([]),
    /** Earlier statuses, oldest first; the current status is appended from status and checked_on. */
    history: z.array(statusChange).prefault([]),
  })
  .superRefine((row, ctx) => {
    if ((row.instruction === undefined) === (row.project === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['instruction'], input: '', message: 'exactly one of "instruction" or "project"', params: { hint: 'Name the instruction id or the project id this entry is about, not both.' } });
    }
    if (!STATUSES_WITHOUT_EVIDENCE.includes(row.status) && row.evidence.filter((e) => e.reports !== 'context').length === 0) {
      ctx.addIssue({ code: 'custom', path: ['evidence'], input: String(row.evidence.length), message: `at least one evidence entry that is not "context", because status is "${row.status}"`,
        params: { hint: 'Every "reported …" status needs the report it rests on (url, outlet, source_kind, published, checked_on). Never set a status without one.' } });
    }
    if (row.status === 'no public report found' && row.searched === null) {
      ctx.addIssue({ code: 'custom', path: ['searched'], input: '', message: 'what was searched (terms and languages), because status is "no public report found"',
        params: { hint: 'E.g. en: "Tekeli drinking water"; ru: "Текели питьевая вода"; kk: "Текелі ауыз су".' } });
    }
  });

export type Followup = z.output<typeof followup>;
export type Evidence = z.output<typeof evidence>;

/** What the site receives for one instruction or project. */
export interface FollowupRecord {
  status: FollowupStatus;
  note: string;
  searched: string | null;
  checkedOn: string | null;
  evidence: (Evidence & { checkedOn: string })[];
  /** Every status it has had, oldest first, the current one last. */
  history: { date: string; status: FollowupStatus; note: string | null }[];
  /** Earliest completion date a "done" report gives; null when none. */
  completedOn: string | null;
  /** Kinds of source behind the status, most authoritative first. */
  sourceKinds: SourceKind[];
}

/** The generated followup.json: a record for every instruction and every project. */
export interface FollowupData {
  instructions: Record<string, FollowupRecord>;
  projects: Record<string, FollowupRecord>;
}

/** A dataset row joined with what came of it. */
export type Tracked<T> = T & { followup: FollowupRecord };

/** The record of something nobody has looked at yet. */
export const UNCHECKED: FollowupRecord = { status: 'not yet checked', note: '', searched: null, checkedOn: null, evidence: [], history: [], completedOn: null, sourceKinds: [] };

/** Joins each row with its follow-up record; a row without one reads "not yet checked". */
export function track<T extends { id: string }>(rows: readonly T[], records: Readonly<Record<string, FollowupRecord>> | undefined): Tracked<T>[] {
  return rows.map((row) => ({ ...row, followup: records?.[row.id] ?? UNCHECKED }));
}
