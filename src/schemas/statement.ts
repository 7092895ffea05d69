import { z } from 'zod';
import { id, idList, oneOf, optionalText, text } from './fields.ts';

export const STATEMENT_KINDS = ['fact', 'trend', 'cause', 'shortage', 'dependence', 'assessment', 'forecast'] as const;

/** A checkable statement of the speech that is not a figure or an instruction (data/statements.csv). */
export const statement = z.object({
  /** Stable kebab-case id. */
  id: id(),
  /** fact (now or before), trend, cause, shortage, dependence, assessment (a checkable judgement), forecast. */
  kind: oneOf(STATEMENT_KINDS),
  /** What the speech asserts, in our words, attributed ("The speech says …" is implied). */
  statement: text(),
  /** Topic id. */
  topic: id(),
  /** District ids. */
  districts: idList(),
  /** Place ids. */
  places: idList(),
  /** Project ids. */
  projects: idList(),
  /** Claim ids it goes with. */
  claims: idList(),
  /** Verbatim excerpt of the speech. */
  quote: text(),
  /** What a checker should know (null when none). */
  note: optionalText(),
});

/** A statement as the site receives it. */
export type Statement = z.output<typeof statement> & {
  /** Ids of the speech sentences the quote overlaps. */
  sentences: string[];
};
