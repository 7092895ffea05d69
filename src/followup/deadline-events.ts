// The tracker's calendar: one all-day event per dated deadline, with what was reported, made by the `ics` library.
import { createEvents, type EventAttributes } from 'ics';
import type { Tracked } from '../schemas/followup.ts';
import type { Instruction } from '../schemas/instruction.ts';

export interface CalendarContext {
  absolute: (path: string) => string;
  /** Host name for stable event UIDs. */
  host: string;
}

/** Events for the instructions that carry a dated deadline, in date order. */
export function deadlineEvents(instructions: readonly Tracked<Instruction>[], ctx: CalendarContext): EventAttributes[] {
  return instructions
    .filter((i): i is Tracked<Instruction> & { deadline: string } => i.deadline !== null)
    .sort((a, b) => a.deadline.localeCompare(b.deadline))
    .map((i) => {
      const [y, m, d] = i.deadline.split('-').map(Number) as [number, number, number];
      return {
        uid: `${i.id}@${ctx.host}`,
        start: [y, m, d],
        duration: { days: 1 },
        title: `Deadline: ${i.action}`,
        description: `“${i.deadlineSaid ?? ''}”, said in Taldykorgan on 20 October 2022. Reported since: ${i.followup.status}${i.followup.note ? ` — ${i.followup.note}` : ''}`,
        url: ctx.absolute(`/tracker/${i.id}/`),
        transp: 'TRANSPARENT',
        categories: ['Zhetysu speech', i.topic],
      } satisfies EventAttributes;
    });
}

/** The .ics text; throws with the library's message when an event is invalid. */
export function deadlineCalendar(instructions: readonly Tracked<Instruction>[], ctx: CalendarContext): string {
  const { error, value } = createEvents(deadlineEvents(instructions, ctx), { productId: `-//${ctx.host}//tracker//EN`, calName: 'Deadlines of the Zhetysu speech' });
  if (error || value === null) throw new Error(`deadlineCalendar: ${error?.message ?? 'no calendar produced'}`);
  return value;
}
