// The square groups of the status charts: one group per status (or deadline outcome), in reading order, styled by status.
import type { UnitGroup } from '../charts/units/render.ts';
import type { FollowupStatus } from '../schemas/followup.ts';
import { DEADLINE_OUTCOMES, type DeadlineOutcome } from './summary.ts';
import { STATUS_LOOK, STATUS_ORDER } from './status.ts';

/** Groups for a chart of statuses; empty statuses are kept so the caller decides what to show. */
export function statusGroups(byStatus: Readonly<Record<FollowupStatus, number>>): UnitGroup[] {
  return STATUS_ORDER.map((s) => ({ key: STATUS_LOOK[s].slug, label: s, count: byStatus[s], colour: STATUS_LOOK[s].colour, style: STATUS_LOOK[s].style }));
}

const OUTCOME_LOOK: Record<DeadlineOutcome, Pick<UnitGroup, 'colour' | 'style'>> = {
  'done on time': { colour: 'c-green', style: 'filled' },
  'done late': { colour: 'c-orange', style: 'filled' },
  'done, date not reported': { colour: 'c-green', style: 'outline' },
  'reported in progress': { colour: 'c-blue', style: 'filled' },
  'reported stalled': { colour: 'c-orange', style: 'hatched' },
  'no public report': { colour: 'c-neutral', style: 'outline' },
  'deadline ahead': { colour: 'c-neutral', style: 'hatched' },
};

/** Groups for the dated deadlines, in the order a reader asks: on time, late, then the rest. */
export function outcomeGroups(byOutcome: Readonly<Record<DeadlineOutcome, number>>): UnitGroup[] {
  return DEADLINE_OUTCOMES.map((o) => ({ key: o.replace(/[^a-z]+/g, '-'), label: o, count: byOutcome[o], ...OUTCOME_LOOK[o] }));
}
