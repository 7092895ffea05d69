import { z } from 'zod';
import { id, optionalText, text } from './fields.ts';

/** A state award presented at the end of the meeting, one row per recipient (data/awards.csv). */
export const award = z.object({
  /** Stable kebab-case id. */
  id: id(),
  /** The order or medal, as the speech names it. */
  award: text(),
  /** Its degree, only when the speech gives one (null otherwise). */
  degree: optionalText(),
  /** Recipient's name. */
  recipient: text(),
  /** Recipient's role as the speech describes it. */
  role: text(),
  /** Verbatim excerpt of the speech. */
  quote: text(),
});

/** An award as the site receives it. */
export type Award = z.output<typeof award> & {
  /** Ids of the speech sentences the quote overlaps. */
  sentences: string[];
};
