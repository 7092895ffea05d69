import { describe, expect, it } from 'vitest';
import { FOLLOWUP_STATUSES } from '../schemas/followup.ts';
import { STATUS_LOOK, STATUS_ORDER, reportDateText, sourceKindsText } from './status.ts';

describe('status', () => {
  it('STATUS_ORDER lists every status once, each with a distinct slug', () => {
    expect([...STATUS_ORDER].sort()).toEqual([...FOLLOWUP_STATUSES].sort());
    expect(new Set(STATUS_ORDER.map((s) => STATUS_LOOK[s].slug)).size).toBe(STATUS_ORDER.length);
  });
  it('sourceKindsText(kinds) joins the kinds as a reader says them', () => {
    expect(sourceKindsText([])).toBe('');
    expect(sourceKindsText(['news'])).toBe('news outlet');
    expect(sourceKindsText(['official', 'company', 'news'])).toBe('official body, the company and news outlet');
  });
  it('reportDateText(date) writes a day, a month or the text as given', () => {
    const day = (iso: string) => `day ${iso}`;
    expect(reportDateText('2025-10-23', day)).toBe('day 2025-10-23');
    expect(reportDateText('2024-08', day)).toBe('August 2024');
    expect(reportDateText('date not shown', day)).toBe('date not shown');
  });
});
