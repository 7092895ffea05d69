import { id, idList, optionalText, text } from './fields.ts';

/** The columns every row drawn from a passage of the speech ends with (instructions, statements): where, what it ties to, the quote, a note. */
export const speechRow = () => ({
  /** Topic id. */
  topic: id(),
  /** District ids. */
  districts: idList(),
  /** Place ids. */
  places: idList(),
  /** Project ids. */
  projects: idList(),
  /** Claim ids the row builds on. */
  claims: idList(),
  /** Verbatim excerpt of the speech. */
  quote: text(),
  /** What a reader must know to read the row right, e.g. why it is listed or why it has no date (null when none). */
  note: optionalText(),
});
