import { describe, expect, it } from 'vitest';
import { matches } from './tracker-filter.ts';

const row = { topic: 'gas', districts: ['kerbulak'], deadline: '2025-12-31' };
const none = { topic: '', district: '', deadline: '' };

describe('matches', () => {
  it('matches(row, filters) keeps every row when no filter is set', () => {
    expect(matches(row, none, '2024-01-01')).toBe(true);
  });

  it('matches(row, filters) filters by topic and district', () => {
    expect(matches(row, { ...none, topic: 'gas' }, '2024-01-01')).toBe(true);
    expect(matches(row, { ...none, topic: 'sugar' }, '2024-01-01')).toBe(false);
    expect(matches(row, { ...none, district: 'kerbulak' }, '2024-01-01')).toBe(true);
    expect(matches(row, { ...none, district: 'aksu' }, '2024-01-01')).toBe(false);
  });

  it('matches(row, filters, today) tells passed deadlines from those ahead and from rows without a date', () => {
    expect(matches(row, { ...none, deadline: 'passed' }, '2026-01-01')).toBe(true);
    expect(matches(row, { ...none, deadline: 'ahead' }, '2026-01-01')).toBe(false);
    expect(matches(row, { ...none, deadline: 'ahead' }, '2025-12-31')).toBe(true);
    expect(matches(row, { ...none, deadline: 'none' }, '2026-01-01')).toBe(false);
    expect(matches({ ...row, deadline: '' }, { ...none, deadline: 'none' }, '2026-01-01')).toBe(true);
  });
});
