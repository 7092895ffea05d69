// What the tracker's summary counts and draws: who is named, what is dated, and what was reported by when.
import type { FollowupRecord, FollowupStatus } from '../schemas/followup.ts';
import { FOLLOWUP_STATUSES } from '../schemas/followup.ts';

/** The fields of a tracked instruction the summary reads. */
export interface SummaryInput {
  id: string;
  responsible: readonly string[];
  deadline: string | null;
  followup: Pick<FollowupRecord, 'status' | 'completedOn'>;
}

/** How a reported completion stands against its deadline. */
export type Timing = 'on time' | 'late' | 'date not reported';

/** Outcome of a dated instruction, for the deadlines strip. */
export type DeadlineOutcome = 'done on time' | 'done late' | 'done, date not reported' | 'reported in progress' | 'reported stalled' | 'no public report' | 'deadline ahead';

export const DEADLINE_OUTCOMES: readonly DeadlineOutcome[] = ['done on time', 'done late', 'done, date not reported', 'reported in progress', 'reported stalled', 'no public report', 'deadline ahead'];

/** `YYYY-MM` compares as its last possible day, so a month-precise completion is never called late by rounding. */
const lastDay = (date: string): string => (date.length === 7 ? `${date}-31` : date);

/** On time or late, for something reported done by a deadline; null when either date is missing. */
export function timing(deadline: string | null, f: Pick<FollowupRecord, 'status' | 'completedOn'>): Timing | null {
  if (deadline === null || f.status !== 'reported done') return null;
  if (f.completedOn === null) return 'date not reported';
  return lastDay(f.completedOn) <= deadline ? 'on time' : 'late';
}

/** The outcome of one dated instruction on `today` (YYYY-MM-DD). */
export function deadlineOutcome(i: Pick<SummaryInput, 'deadline' | 'followup'>, today: string): DeadlineOutcome | null {
  if (i.deadline === null) return null;
  const t = timing(i.deadline, i.followup);
  if (t === 'on time') return 'done on time';
  if (t === 'late') return 'done late';
  if (t === 'date not reported') return 'done, date not reported';
  if (i.deadline >= today) return 'deadline ahead';
  const s = i.followup.status;
  if (s === 'reported under way' || s === 'reported partly done') return 'reported in progress';
  if (s === 'reported delayed or stalled' || s === 'reported dropped') return 'reported stalled';
  return 'no public report';
}

export interface Summary {
  total: number;
  named: number;
  dated: number;
  passed: number;
  byStatus: Record<FollowupStatus, number>;
  byOutcome: Record<DeadlineOutcome, number>;
}

/** Counts for the tracker's summary; every number on it comes from here. */
export function summarise(items: readonly SummaryInput[], today: string): Summary {
  const byStatus = Object.fromEntries(FOLLOWUP_STATUSES.map((s) => [s, 0])) as Record<FollowupStatus, number>;
  const byOutcome = Object.fromEntries(DEADLINE_OUTCOMES.map((o) => [o, 0])) as Record<DeadlineOutcome, number>;
  for (const i of items) {
    byStatus[i.followup.status] += 1;
    const outcome = deadlineOutcome(i, today);
    if (outcome) byOutcome[outcome] += 1;
  }
  return {
    total: items.length,
    named: items.filter((i) => !i.responsible.includes('not-named')).length,
    dated: items.filter((i) => i.deadline !== null).length,
    passed: items.filter((i) => i.deadline !== null && i.deadline < today).length,
    byStatus,
    byOutcome,
  };
}

/** One sentence on how what was reported stands against the deadline; null when the speech gives no date. */
export function deadlineVerdict(i: Pick<SummaryInput, 'deadline' | 'followup'>, today: string, formatDay: (iso: string) => string, formatReported: (date: string) => string): string | null {
  if (i.deadline === null) return null;
  const due = formatDay(i.deadline);
  const t = timing(i.deadline, i.followup);
  const done = i.followup.completedOn;
  if (t === 'on time' && done) return `Reported completed ${formatReported(done)}, by the deadline of ${due}.`;
  if (t === 'late' && done) return `Reported completed ${formatReported(done)}, after the deadline of ${due}.`;
  if (t === 'date not reported') return `Reported done; the reports we found give no completion date to set against the deadline of ${due}.`;
  if (i.deadline >= today) return `The deadline, ${due}, has not yet passed.`;
  return `The deadline, ${due}, has passed; no report we found says the work was completed.`;
}
