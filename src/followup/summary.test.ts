import { describe, expect, it } from 'vitest';
import { deadlineOutcome, deadlineVerdict, summarise, timing, type SummaryInput } from './summary.ts';

const item = (id: string, deadline: string | null, status: SummaryInput['followup']['status'], completedOn: string | null = null, responsible = ['akimat']): SummaryInput =>
  ({ id, responsible, deadline, followup: { status, completedOn } });

describe('timing', () => {
  it('timing(deadline, followup) is on time up to the deadline day and late after it', () => {
    expect(timing('2025-12-31', { status: 'reported done', completedOn: '2025-12-29' })).toBe('on time');
    expect(timing('2023-12-31', { status: 'reported done', completedOn: '2025-10-01' })).toBe('late');
  });
  it('timing(deadline, followup) gives a month-precise completion in the deadline month the benefit of the doubt', () => {
    expect(timing('2025-12-31', { status: 'reported done', completedOn: '2025-12' })).toBe('on time');
  });
  it('timing(deadline, followup) is null without a deadline or when not reported done, and says when the date is missing', () => {
    expect(timing(null, { status: 'reported done', completedOn: '2024-01-01' })).toBeNull();
    expect(timing('2023-12-31', { status: 'reported under way', completedOn: null })).toBeNull();
    expect(timing('2023-12-31', { status: 'reported done', completedOn: null })).toBe('date not reported');
  });
});

describe('deadlineOutcome', () => {
  it('deadlineOutcome(i, today) keeps a deadline still ahead apart from one missed', () => {
    expect(deadlineOutcome(item('a', '2026-12-31', 'reported under way'), '2026-12-01')).toBe('deadline ahead');
    expect(deadlineOutcome(item('b', '2024-12-31', 'reported under way'), '2026-12-01')).toBe('reported in progress');
    expect(deadlineOutcome(item('c', '2024-12-31', 'unclear as worded'), '2026-12-01')).toBe('no public report');
    expect(deadlineOutcome(item('d', '2024-12-31', 'reported delayed or stalled'), '2026-12-01')).toBe('reported stalled');
    expect(deadlineOutcome(item('e', null, 'reported done'), '2026-12-01')).toBeNull();
  });
});

describe('summarise', () => {
  it('summarise(items, today) counts named, dated, passed, statuses and outcomes', () => {
    const s = summarise([
      item('a', '2023-12-31', 'reported done', '2025-10-01'),
      item('b', '2025-12-31', 'reported done', '2025-12', ['not-named']),
      item('c', null, 'no public report found'),
      item('d', '2026-12-31', 'reported under way'),
    ], '2026-12-01');
    expect(s).toMatchObject({ total: 4, named: 3, dated: 3, passed: 2 });
    expect(s.byStatus['reported done']).toBe(2);
    expect(s.byStatus['no public report found']).toBe(1);
    expect(s.byOutcome).toMatchObject({ 'done late': 1, 'done on time': 1, 'deadline ahead': 1, 'no public report': 0 });
  });
});

describe('deadlineVerdict', () => {
  const day = (iso: string) => `[${iso}]`;
  const month = (d: string) => `<${d}>`;
  it('deadlineVerdict(i, today) says before or after the deadline, or that it passed without a report', () => {
    expect(deadlineVerdict(item('a', '2023-12-31', 'reported done', '2025-10'), '2026-12-01', day, month)).toBe('Reported completed <2025-10>, after the deadline of [2023-12-31].');
    expect(deadlineVerdict(item('b', '2025-12-31', 'reported done', '2025-12-29'), '2026-12-01', day, month)).toBe('Reported completed <2025-12-29>, by the deadline of [2025-12-31].');
    expect(deadlineVerdict(item('c', '2024-12-31', 'reported partly done'), '2026-12-01', day, month)).toMatch(/has passed; no report/);
    expect(deadlineVerdict(item('d', '2026-12-31', 'reported under way'), '2026-12-01', day, month)).toMatch(/not yet passed/);
    expect(deadlineVerdict(item('e', null, 'reported done'), '2026-12-01', day, month)).toBeNull();
  });
});
