import { describe, expect, it } from 'vitest';
import { NO_FILTERS, compareKeys, countsChangedSince, fold, matches, optionCounts, parseFilters, serializeFilters, type RowData } from './tracker-filter.ts';

const row: RowData = { topic: 'gas', districts: ['kerbulak'], deadline: '2025-12-31', status: 'reported done', sources: ['news', 'company'], text: fold('Build the Taldykorgan–Usharal pipeline Kerbulak') };
const none = NO_FILTERS;

describe('matches', () => {
  it('matches(row, filters) keeps every row when no filter is set', () => {
    expect(matches(row, none, '2024-01-01')).toBe(true);
  });

  it('matches(row, filters) filters by topic, district, status and source kind', () => {
    expect(matches(row, { ...none, topic: 'gas' }, '2024-01-01')).toBe(true);
    expect(matches(row, { ...none, topic: 'sugar' }, '2024-01-01')).toBe(false);
    expect(matches(row, { ...none, district: 'kerbulak' }, '2024-01-01')).toBe(true);
    expect(matches(row, { ...none, district: 'aksu' }, '2024-01-01')).toBe(false);
    expect(matches(row, { ...none, status: 'reported done' }, '2024-01-01')).toBe(true);
    expect(matches(row, { ...none, status: 'reported under way' }, '2024-01-01')).toBe(false);
    expect(matches(row, { ...none, source: 'company' }, '2024-01-01')).toBe(true);
    expect(matches(row, { ...none, source: 'official' }, '2024-01-01')).toBe(false);
  });

  it('matches(row, filters) searches every word, ignoring case and diacritics', () => {
    expect(matches(row, { ...none, q: 'usharal PIPELINE' }, '2024-01-01')).toBe(true);
    expect(matches(row, { ...none, q: 'usharal sugar' }, '2024-01-01')).toBe(false);
    expect(matches({ ...row, text: fold('Капал Café') }, { ...none, q: 'капал cafe' }, '2024-01-01')).toBe(true);
  });

  it('matches(row, filters, today) tells passed deadlines from those ahead and from rows without a date', () => {
    expect(matches(row, { ...none, deadline: 'passed' }, '2026-01-01')).toBe(true);
    expect(matches(row, { ...none, deadline: 'ahead' }, '2026-01-01')).toBe(false);
    expect(matches(row, { ...none, deadline: 'ahead' }, '2025-12-31')).toBe(true);
    expect(matches(row, { ...none, deadline: 'none' }, '2026-01-01')).toBe(false);
    expect(matches({ ...row, deadline: '' }, { ...none, deadline: 'none' }, '2026-01-01')).toBe(true);
  });
});

describe('filters in the URL', () => {
  it('serializeFilters(f) and parseFilters(search) round-trip, leaving out empty fields', () => {
    const f = { ...none, topic: 'gas', q: 'pipe line' };
    expect(serializeFilters(f, 'deadline:asc')).toBe('?q=pipe+line&topic=gas&sort=deadline%3Aasc');
    expect(parseFilters(serializeFilters(f))).toEqual(f);
    expect(serializeFilters(none)).toBe('');
    expect(parseFilters('?colour=red&status=reported+done')).toEqual({ ...none, status: 'reported done' });
  });
});

describe('optionCounts', () => {
  it('optionCounts(rows, f, field) counts each option with the other filters applied', () => {
    const rows = [row, { ...row, topic: 'sugar', status: 'no public report found' }, { ...row, topic: 'sugar' }];
    const counts = optionCounts(rows, { ...none, topic: 'sugar' }, 'status', ['reported done', 'no public report found', 'reported dropped'], '2024-01-01');
    expect([...counts]).toEqual([['reported done', 1], ['no public report found', 1], ['reported dropped', 0]]);
  });
});

describe('countsChangedSince', () => {
  it('countsChangedSince(deadlines, countedOn, today) is true only when a deadline lies between the two days', () => {
    const deadlines = ['2025-12-31', '', '2026-12-31'];
    expect(countsChangedSince(deadlines, '2026-12-02', '2026-12-02')).toBe(false);
    expect(countsChangedSince(deadlines, '2026-12-02', '2026-12-31')).toBe(false);
    expect(countsChangedSince(deadlines, '2026-12-02', '2027-01-01')).toBe(true);
    // A reader's clock behind the build: the 2025 deadline has not passed for them yet.
    expect(countsChangedSince(deadlines, '2026-12-02', '2025-06-01')).toBe(true);
    expect(countsChangedSince([''], '2026-12-02', '2030-01-01')).toBe(false);
  });

  it('countsChangedSince(deadlines, countedOn, today) recounts when the page does not say when it counted', () => {
    expect(countsChangedSince([], '', '2026-12-02')).toBe(true);
  });
});

describe('compareKeys', () => {
  it('compareKeys(a, b) orders numbers numerically, text alphabetically and empty keys last', () => {
    expect(['10', '', '9', '2'].sort(compareKeys)).toEqual(['2', '9', '10', '']);
    expect(['b', 'a', ''].sort(compareKeys)).toEqual(['a', 'b', '']);
  });
});
