import { z } from 'zod';
import { id, oneOf, text } from './fields.ts';
import { speechRow } from './speech-row.ts';

export const STATEMENT_KINDS = ['fact', 'trend', 'cause', 'shortage', 'dependence', 'assessment', 'forecast'] as const;

/** A checkable statement of the speech that is not a figure or an instruction (data/statements.csv). */
export const statement = z.object({
  /** Stable kebab-case id. */
  id: id(),
  /** fact (now or before), trend, cause, shortage, dependence, assessment (a checkable judgement), forecast. */
  kind: oneOf(STATEMENT_KINDS),
  /** What the speech asserts, in our words, attributed ("The speech says …" is implied). */
  statement: text(),
  ...speechRow(),
});

/** A statement as the site receives it. */
export type Statement = z.output<typeof statement> & {
  /** Ids of the speech sentences the quote overlaps. */
  sentences: string[];
};
