// What a row of the instruction tracker shows, derived from an instruction and the names of what it refers to.
import { formatDate } from '../core/format.ts';
import type { Tracked } from '../schemas/followup.ts';
import type { Names } from '../data/names.ts';
import type { Instruction } from '../schemas/instruction.ts';

export interface TrackerRow {
  id: string;
  kind: 'Instruction' | 'Commitment';
  action: string;
  responsible: string[];
  /** The deadline in words: what was said and the date it falls on. */
  deadline: string;
  /** ISO date for the filter; empty when the speech gives no date. */
  deadlineIso: string;
  where: string[];
  /** District ids the instruction or its places are in, for the filter. */
  districtIds: string[];
  topic: string;
  status: string;
}

const NO_DATE: Record<Instruction['deadlineKind'], string> = {
  date: '',
  urgent: 'no date given',
  open: 'no date given',
  none: 'None given',
};

/** "“next year” → 31 Dec 2023", "“urgently” (no date given)", or "None given". */
export function deadlineText(i: Pick<Instruction, 'deadlineSaid' | 'deadline' | 'deadlineKind'>): string {
  if (i.deadline) return `“${i.deadlineSaid ?? ''}” → ${formatDate(i.deadline)}`;
  if (i.deadlineSaid) return `“${i.deadlineSaid}” (${NO_DATE[i.deadlineKind]})`;
  return NO_DATE.none;
}

/** The row for one instruction. */
export function trackerRow(i: Tracked<Instruction>, names: Names): TrackerRow {
  const places = i.places.map(names.place);
  const districtIds = [...new Set([...i.districts, ...places.map((p) => p.district).filter((d): d is string => d !== null)])];
  return {
    id: i.id,
    kind: i.kind === 'instruction' ? 'Instruction' : 'Commitment',
    action: i.action,
    responsible: i.responsible.includes('not-named') ? ['Not named in the speech'] : i.responsible.map(names.body),
    deadline: deadlineText(i),
    deadlineIso: i.deadline ?? '',
    where: [...i.districts.map(names.district), ...places.map((p) => p.name)],
    districtIds,
    topic: i.topic,
    status: i.followup.status,
  };
}
