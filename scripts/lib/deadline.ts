// Turns a deadline as the speech words it into a date, resolved against the meeting date (data/README.md).

export type DeadlineKind = 'date' | 'urgent' | 'open' | 'none';

export interface Deadline {
  /** Last day of the deadline, YYYY-MM-DD; null unless kind is `date`. */
  deadline: string | null;
  kind: DeadlineKind;
}

/** The phrases the build understands, for error messages. */
export const DEADLINE_PHRASES = ['this year', 'next year', 'by YYYY', 'until YYYY', 'as soon as possible', 'urgently', 'an urgent task', 'in stages', '(empty)'];

/** Resolves `said` against the meeting date; null when the phrase is not one of DEADLINE_PHRASES. */
export function resolveDeadline(said: string | null, meetingDate: string): Deadline | null {
  const phrase = (said ?? '').trim().toLowerCase().replace(/\s+/gu, ' ');
  const year = Number(meetingDate.slice(0, 4));
  if (phrase === '') return { deadline: null, kind: 'none' };
  if (phrase === 'this year') return { deadline: `${year}-12-31`, kind: 'date' };
  if (phrase === 'next year') return { deadline: `${year + 1}-12-31`, kind: 'date' };
  const by = /^(?:by|until) (\d{4})$/u.exec(phrase);
  if (by) return { deadline: `${by[1]}-12-31`, kind: 'date' };
  if (phrase === 'as soon as possible' || phrase === 'urgently' || phrase === 'an urgent task') return { deadline: null, kind: 'urgent' };
  if (phrase === 'in stages') return { deadline: null, kind: 'open' };
  return null;
}
