import { describe, expect, it } from 'vitest';
import { resolveDeadline } from './deadline.ts';

describe('resolveDeadline', () => {
  const meeting = '2022-10-20';

  it('resolveDeadline(said, meeting) resolves relative years against the meeting date', () => {
    expect(resolveDeadline('this year', meeting)).toEqual({ deadline: '2022-12-31', kind: 'date' });
    expect(resolveDeadline('next year', meeting)).toEqual({ deadline: '2023-12-31', kind: 'date' });
  });

  it('resolveDeadline(said, meeting) resolves "by YYYY" and "until YYYY" to the end of that year', () => {
    expect(resolveDeadline('by 2025', meeting)).toEqual({ deadline: '2025-12-31', kind: 'date' });
    expect(resolveDeadline('Until  2026', meeting)).toEqual({ deadline: '2026-12-31', kind: 'date' });
  });

  it('resolveDeadline(said, meeting) flags urgent and open-ended deadlines without a date', () => {
    expect(resolveDeadline('as soon as possible', meeting)).toEqual({ deadline: null, kind: 'urgent' });
    expect(resolveDeadline('urgently', meeting)).toEqual({ deadline: null, kind: 'urgent' });
    expect(resolveDeadline('An urgent task', meeting)).toEqual({ deadline: null, kind: 'urgent' });
    expect(resolveDeadline('in stages', meeting)).toEqual({ deadline: null, kind: 'open' });
  });

  it('resolveDeadline(said, meeting) gives none for an empty deadline and null for an unknown phrase', () => {
    expect(resolveDeadline(null, meeting)).toEqual({ deadline: null, kind: 'none' });
    expect(resolveDeadline('', meeting)).toEqual({ deadline: null, kind: 'none' });
    expect(resolveDeadline('by the end of the year', meeting)).toBeNull();
    expect(resolveDeadline('by 25', meeting)).toBeNull();
  });
});
