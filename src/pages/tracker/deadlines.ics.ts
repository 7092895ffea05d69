// /tracker/deadlines.ics: the dated deadlines of the speech as a calendar to subscribe to.
import type { APIRoute } from 'astro';
import { instructions } from '../../data/index.ts';
import { deadlineCalendar } from '../../followup/deadline-events.ts';

export const GET: APIRoute = ({ site }) => {
  const origin = site ?? new URL('http://localhost/');
  const ics = deadlineCalendar(instructions, { absolute: (path) => new URL(path, origin).href, host: origin.hostname });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
