import { z } from 'zod';
import { id, idList, oneOf, optionalText, text } from './fields.ts';
import { speechRow } from './speech-row.ts';

export const DEADLINE_KINDS = ['date', 'urgent', 'open', 'none'] as const;
/** The `responsible` value for an instruction whose speech names nobody. */
export const NOT_NAMED = 'not-named';

/** An instruction or commitment in the speech (data/instructions.csv). */
export const instruction = z.object({
  /** Stable kebab-case id. */
  id: id(),
  /** `instruction` (the President instructs) or `commitment` (the speech says it will be done). */
  kind: oneOf(['instruction', 'commitment']),
  /** What is to be done, in our words, starting with a verb. */
  action: text(),
  /** Body ids, or just `not-named`. */
  responsible: idList(),
  /** The deadline as the speech words it (null when none). */
  deadlineSaid: optionalText(),
  ...speechRow(),
});

/** An instruction as the site receives it. */
export type Instruction = z.output<typeof instruction> & {
  /** Last day of the deadline, ISO YYYY-MM-DD (null when the speech gives no date). */
  deadline: string | null;
  /** `date` when there is a deadline, `urgent` (as soon as possible), `open` (in stages) or `none`. */
  deadlineKind: (typeof DEADLINE_KINDS)[number];
  /** Ids of the speech sentences the quote overlaps. */
  sentences: string[];
};
