import { z } from 'zod';
import { date, id, oneOf, optionalText, text } from './fields.ts';

export const DEFECT_KINDS = ['missing-space', 'doubled-phrase', 'missing-words', 'lower-case-start', 'doubled-stop', 'repeated-title', 'non-breaking-space'] as const;

/** One flaw of the published text that /speech/ reproduces as it is and lists for readers. */
export const knownDefect = z.strictObject({
  /** What sort of flaw. */
  kind: oneOf(DEFECT_KINDS),
  /** An exact excerpt that shows it, found once in the speech; empty for flaws found by kind (repeated title, non-breaking spaces). */
  excerpt: optionalText(),
  /** The flaw in words, for readers. */
  note: text(),
});

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
  /** Flaws of the published text, shown on /speech/; the build checks each excerpt and that every missing space is listed. */
  knownDefects: z.array(knownDefect),
});

export type Source = z.output<typeof source>;
