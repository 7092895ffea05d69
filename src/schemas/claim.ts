import { z } from 'zod';
import { id, idList, oneOf, optionalText, optionalYear, plainNumber, text } from './fields.ts';

export const UNITS = [
  'hectares', 'percent', 'tenge', 'tonnes', 'containers', 'km', 'people', 'jobs', 'projects', 'facilities', 'factories', 'villages',
  'districts', 'posts', 'years', 'months', 'universities', 'count',
] as const;
export const QUALIFIERS = ['exact', 'more-than', 'about', 'up-to'] as const;
/** `stated`: the speech gives the number (in digits or words); `derived`: we counted it from the speech's words. */
export const BASES = ['stated', 'derived'] as const;
export type Basis = (typeof BASES)[number];

/** A figure or target the speech states (data/claims.csv). */
export const claim = z
  .object({
    /** Stable kebab-case id, used by graphics and instructions. */
    id: id(),
    /** The number in base units (12 billion tenge → 12000000000). */
    value: plainNumber(),
    /** Unit of `value`. */
    unit: oneOf(UNITS),
    /** How exact the speech is about it. */
    qualifier: oneOf(QUALIFIERS),
    /** Whether the speech states the number or we derived it (counted names, "all" as 100 %, "no" as 0); no default. */
    basis: oneOf(BASES),
    /** What the number measures, readable on its own. */
    measure: text(),
    /** Year the figure describes (null when not said). */
    asOf: optionalYear(),
    /** First year of a running total ("since 2017"; null when not said). */
    sinceYear: optionalYear(),
    /** Year a target is due (null when not a dated target). */
    targetYear: optionalYear(),
    /** Topic id. */
    topic: id(),
    /** District ids it is about (empty = region-wide). */
    districts: idList(),
    /** Place ids it is about. */
    places: idList(),
    /** Project ids it is about. */
    projects: idList(),
    /** Verbatim excerpt of the speech that states it. */
    quote: text(),
    /** Anything a reader should know (null when none). */
    note: optionalText(),
  })
  .superRefine((row, ctx) => {
    if (row.basis === 'derived' && row.note === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        input: '',
        message: 'a note saying how the number was derived',
        params: { hint: 'A derived figure must say what it was counted from, e.g. "Counted from the three districts the speech names."' },
      });
    }
    if (row.asOf !== null && row.targetYear !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetYear'],
        input: String(row.targetYear),
        message: 'at most one of as_of and target_year',
        params: { hint: 'A figure describes a year (as_of) or is a target due in a year (target_year), not both.' },
      });
    }
  });

/** A claim as the site receives it. */
export type Claim = z.output<typeof claim> & {
  /** Ids of the speech sentences the quote overlaps (`p6s1`). */
  sentences: string[];
};
