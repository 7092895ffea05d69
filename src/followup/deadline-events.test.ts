import { describe, expect, it } from 'vitest';
import { UNCHECKED, type Tracked } from '../schemas/followup.ts';
import type { Instruction } from '../schemas/instruction.ts';
import { deadlineCalendar, deadlineEvents } from './deadline-events.ts';

const make = (id: string, deadline: string | null): Tracked<Instruction> => ({
  id, kind: 'instruction', action: `Do ${id}, with commas; and “quotes”`, responsible: ['government'], deadlineSaid: deadline ? 'next year' : null, topic: 'gas',
  districts: [], places: [], projects: [], claims: [], quote: 'q', note: null, deadline, deadlineKind: deadline ? 'date' : 'none', sentences: ['p1s1'], followup: UNCHECKED,
});
const ctx = { absolute: (p: string) => `https://site.test${p}`, host: 'site.test' };

describe('deadlineEvents', () => {
  it('deadlineEvents(instructions) makes one all-day event per dated deadline, in date order', () => {
    const events = deadlineEvents([make('b', '2025-12-31'), make('none', null), make('a', '2023-12-31')], ctx);
    expect(events.map((e) => e.uid)).toEqual(['a@site.test', 'b@site.test']);
    expect(events[0]).toMatchObject({ start: [2023, 12, 31], duration: { days: 1 }, url: 'https://site.test/tracker/a/' });
  });
  it('deadlineCalendar(instructions) is an iCalendar file with a VEVENT per deadline and date-only starts', () => {
    const ics = deadlineCalendar([make('a', '2023-12-31'), make('b', '2025-12-31')], ctx);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20231231');
    expect(ics).toContain('UID:a@site.test');
  });
});
