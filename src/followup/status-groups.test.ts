import { describe, expect, it } from 'vitest';
import { outcomeGroups, statusGroups } from './status-groups.ts';
import { summarise } from './summary.ts';

describe('statusGroups', () => {
  it('statusGroups(byStatus) lists every status once in reading order with its count and style', () => {
    const s = summarise([{ id: 'a', responsible: [], deadline: null, followup: { status: 'reported done', completedOn: null } }], '2026-12-01');
    const groups = statusGroups(s.byStatus);
    expect(groups[0]).toMatchObject({ label: 'reported done', count: 1, colour: 'c-green', style: 'filled' });
    expect(groups.map((g) => g.count).reduce((a, b) => a + b)).toBe(1);
  });
  it('outcomeGroups(byOutcome) starts with what was done on time and late', () => {
    const s = summarise([], '2026-12-01');
    expect(outcomeGroups(s.byOutcome).slice(0, 2).map((g) => g.label)).toEqual(['done on time', 'done late']);
  });
});
