// The words a <When> prints: a year or deadline of a claim or instruction, read from the data, never typed.
import { formatDate } from '../core/format.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Instruction } from '../schemas/instruction.ts';

export const CLAIM_SHOWS = ['target', 'as-of', 'since'] as const;
export const INSTRUCTION_SHOWS = ['said', 'year', 'date'] as const;
export const WHEN_SHOWS = [...CLAIM_SHOWS, ...INSTRUCTION_SHOWS] as const;
export type WhenShow = (typeof WHEN_SHOWS)[number];

export type WhenItem =
  | { kind: 'claim'; value: Pick<Claim, 'id' | 'asOf' | 'sinceYear' | 'targetYear'> }
  | { kind: 'instruction'; value: Pick<Instruction, 'id' | 'deadlineSaid' | 'deadline'> };

const CLAIM_FIELD = { target: ['targetYear', 'target_year'], 'as-of': ['asOf', 'as_of'], since: ['sinceYear', 'since_year'] } as const;

/** "2026", "by 2025" or "31 Dec 2025"; throws naming the prop, the row and the fix when the data has no such value. */
export function whenText(item: WhenItem, show: WhenShow): string {
  const at = `<When id="${item.value.id}" show="${show}">`;
  if (item.kind === 'claim') {
    if (!(CLAIM_SHOWS as readonly string[]).includes(show)) throw new Error(`${at}: "${item.value.id}" is a claim; show must be one of ${CLAIM_SHOWS.join(', ')} (${INSTRUCTION_SHOWS.join(', ')} are for instructions).`);
    const [key, column] = CLAIM_FIELD[show as (typeof CLAIM_SHOWS)[number]];
    const year = item.value[key];
    if (year === null) throw new Error(`${at}: claim "${item.value.id}" has no ${column} in data/claims.csv. Use another show, or write the year the speech gives in that column.`);
    return String(year);
  }
  if (!(INSTRUCTION_SHOWS as readonly string[]).includes(show)) throw new Error(`${at}: "${item.value.id}" is an instruction; show must be one of ${INSTRUCTION_SHOWS.join(', ')} (${CLAIM_SHOWS.join(', ')} are for claims).`);
  const { deadlineSaid, deadline } = item.value;
  if (show === 'said') {
    if (deadlineSaid === null) throw new Error(`${at}: instruction "${item.value.id}" has no deadline_said in data/instructions.csv.`);
    return deadlineSaid;
  }
  if (deadline === null) throw new Error(`${at}: instruction "${item.value.id}" has no dated deadline (its deadline_said is ${deadlineSaid === null ? 'empty' : `"${deadlineSaid}"`}).`);
  return show === 'year' ? deadline.slice(0, 4) : formatDate(deadline);
}
