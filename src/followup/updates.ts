// The updates log: every status change of every instruction and project, newest first, for /updates/ and its feed.
import type { FollowupStatus, Tracked } from '../schemas/followup.ts';
import type { Instruction } from '../schemas/instruction.ts';
import type { Project } from '../schemas/project.ts';

export interface StatusChange {
  /** Stable id for feeds: kind, subject, date, status. */
  key: string;
  date: string;
  kind: 'instruction' | 'project';
  id: string;
  name: string;
  status: FollowupStatus;
  note: string;
  /** Site path of the page that shows it. */
  href: string;
}

/** Every change recorded in the follow-up data, newest first; same-day changes keep the tracker's order. */
export function statusChanges(instructions: readonly Tracked<Instruction>[], projects: readonly Tracked<Project>[]): StatusChange[] {
  const out: (StatusChange & { n: number })[] = [];
  const push = (kind: StatusChange['kind'], id: string, name: string, href: string, f: Tracked<Instruction>['followup']): void => {
    for (const h of f.history) {
      out.push({ key: `${kind}:${id}:${h.date}:${h.status}`, date: h.date, kind, id, name, status: h.status, note: h.note ?? f.note, href, n: out.length });
    }
  };
  for (const i of instructions) push('instruction', i.id, i.action, `/tracker/${i.id}/`, i.followup);
  for (const p of projects) push('project', p.id, p.name, `/tracker/#project-${p.id}`, p.followup);
  return out.sort((a, b) => b.date.localeCompare(a.date) || a.n - b.n).map(({ n: _n, ...change }) => change);
}
