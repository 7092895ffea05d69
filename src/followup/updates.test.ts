import { describe, expect, it } from 'vitest';
import { UNCHECKED, type FollowupRecord, type Tracked } from '../schemas/followup.ts';
import type { Instruction } from '../schemas/instruction.ts';
import type { Project } from '../schemas/project.ts';
import { statusChanges } from './updates.ts';

const record = (history: FollowupRecord['history']): FollowupRecord => ({ ...UNCHECKED, status: history.at(-1)?.status ?? 'not yet checked', note: 'our note', history });
const instruction = (id: string, f: FollowupRecord) => ({ id, action: `Action ${id}`, followup: f }) as unknown as Tracked<Instruction>;
const project = (id: string, f: FollowupRecord) => ({ id, name: `Project ${id}`, followup: f }) as unknown as Tracked<Project>;

describe('statusChanges', () => {
  it('statusChanges(instructions, projects) lists every change newest first with its page', () => {
    const changes = statusChanges(
      [instruction('a', record([{ date: '2026-12-01', status: 'reported under way', note: null }, { date: '2027-01-05', status: 'reported done', note: 'finished' }]))],
      [project('p', record([{ date: '2026-12-01', status: 'no public report found', note: null }]))],
    );
    expect(changes.map((c) => [c.date, c.id, c.status, c.note, c.href])).toEqual([
      ['2027-01-05', 'a', 'reported done', 'finished', '/tracker/a/'],
      ['2026-12-01', 'a', 'reported under way', 'our note', '/tracker/a/'],
      ['2026-12-01', 'p', 'no public report found', 'our note', '/tracker/#project-p'],
    ]);
    expect(new Set(changes.map((c) => c.key)).size).toBe(3);
  });
});
