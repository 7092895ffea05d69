import { z } from 'zod';
import { date, id, text } from './fields.ts';

/** Metadata of the primary source, the speech (data/source.json). */
export const source = z.strictObject({
  /** Stable kebab-case id. */
  id: id(),
  /** Headline of the published report. */
  title: text(),
  /** Publication that printed it. */
  outlet: text(),
  /** Language code of the text we quote. */
  language: text(),
  /** Day of the meeting, YYYY-MM-DD; relative deadlines resolve against it. */
  meetingDate: date(),
  /** Town where the meeting took place. */
  meetingPlace: text(),
  /** Who spoke. */
  speaker: text(),
  /** Where the text and its date come from. */
  urlNote: text(),
  /** How the text is abridged and what is missing from it. */
  abridgedNote: text(),
  /** Terms under which it is quoted. */
  licenceNote: text(),
  /** Input id of the speech text in inputs.json. */
  input: id(),
});

export type Source = z.output<typeof source>;
