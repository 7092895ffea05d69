import { describe, expect, it } from 'vitest';
import { followup, type Followup } from '../../src/schemas/followup.ts';
import { toRecord } from './followup.ts';

const entry = (raw: Record<string, unknown>): Followup => followup.parse({ instruction: 'a', note: 'n', checkedOn: '2026-12-01', ...raw });
const ev = (raw: Record<string, unknown>) => ({ url: 'https://x.test/', outlet: 'X', sourceKind: 'news', published: '2025-01-01', language: 'en', summary: 's', reports: 'done', ...raw });

describe('toRecord', () => {
  it('toRecord(entry) takes the earliest completion a "done" report gives, keeping a month as a month', () => {
    const r = toRecord(entry({ status: 'reported done', evidence: [ev({ completedOn: '2025-10-23' }), ev({ completedOn: '2025-10' }), ev({ reports: 'context', completedOn: '2024-01-01' })] }));
    expect(r.completedOn).toBe('2025-10');
  });
  it('toRecord(entry) gives no completion date unless the status is reported done', () => {
    expect(toRecord(entry({ status: 'reported partly done', evidence: [ev({ completedOn: '2025-10' })] })).completedOn).toBeNull();
  });
  it('toRecord(entry) lists the source kinds behind the status, most authoritative first, background left out', () => {
    const r = toRecord(entry({ status: 'reported under way', evidence: [ev({ sourceKind: 'news', reports: 'under way' }), ev({ sourceKind: 'official', reports: 'under way' }), ev({ sourceKind: 'company', reports: 'context' })] }));
    expect(r.sourceKinds).toEqual(['official', 'news']);
  });
  it('toRecord(entry) appends the current status to the history once, dated by the check, and fills each report\'s checked date', () => {
    const r = toRecord(entry({ status: 'reported done', evidence: [ev({})], history: [{ date: '2026-11-01', status: 'reported under way' }] }));
    expect(r.history).toEqual([{ date: '2026-11-01', status: 'reported under way', note: null }, { date: '2026-12-01', status: 'reported done', note: null }]);
    expect(r.evidence[0]?.checkedOn).toBe('2026-12-01');
    const same = toRecord(entry({ status: 'reported done', evidence: [ev({})], history: [{ date: '2026-11-01', status: 'reported done' }] }));
    expect(same.history).toHaveLength(1);
  });
});
