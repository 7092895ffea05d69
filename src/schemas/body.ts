import { z } from 'zod';
import { id, oneOf, optionalText, text } from './fields.ts';

export const BODY_KINDS = ['government', 'ministry', 'akimat', 'akims', 'authorities', 'other'] as const;

/** Who can be responsible for an instruction (data/bodies.csv). */
export const body = z.object({
  /** Stable kebab-case id, used by instructions' `responsible`. */
  id: id(),
  /** Name as the speech or common usage gives it. */
  name: text(),
  /** What sort of body it is. */
  kind: oneOf(BODY_KINDS),
  /** Anything a reader should know (null when none). */
  note: optionalText(),
});

export type Body = z.output<typeof body>;
