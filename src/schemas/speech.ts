import { z } from 'zod';
import { DEFECT_KINDS } from './source.ts';

/** One sentence of the speech with the dataset rows that quote it. */
export const speechSentence = z.object({
  /** Anchor `p{n}s{m}`, stable across builds while the text is unchanged. */
  id: z.string(),
  /** The sentence with white space folded to single spaces. */
  text: z.string(),
  /** The sentence exactly as published (non-breaking spaces and all). */
  source: z.string(),
  /** The exact characters between it and the next sentence or the line end: "", " " or a non-breaking space. */
  after: z.string(),
  /** Ids of claims whose quote overlaps the sentence. */
  claims: z.array(z.string()),
  /** Ids of instructions whose quote overlaps it. */
  instructions: z.array(z.string()),
  /** Ids of projects whose quote overlaps it. */
  projects: z.array(z.string()),
  /** Ids of checkable statements (data/statements.csv) whose quote overlaps it. */
  statements: z.array(z.string()),
});

/** A paragraph: one non-empty line of the source text. */
export const speechParagraph = z.object({
  /** Anchor `p{n}`, numbered from 1 over every non-empty line. */
  id: z.string(),
  /** `title`, `repeat` (a verbatim repeat of an earlier line: hide it), `body` or `byline`. */
  role: z.enum(['title', 'repeat', 'body', 'byline']),
  /** The line exactly as published: `before` followed by each sentence's `source` and `after`. */
  source: z.string(),
  /** White space before the first sentence, as published. */
  before: z.string(),
  /** Its sentences in order. */
  sentences: z.array(speechSentence),
});

/** A known flaw of the published text, located (data/source.json known_defects). */
export const speechDefect = z.object({
  kind: z.enum(DEFECT_KINDS),
  /** The excerpt that shows it, or null for flaws found by kind. */
  excerpt: z.string().nullable(),
  note: z.string(),
  /** Sentences it is in (for the repeated title: the repeated line's). */
  sentences: z.array(z.string()),
  /** How many times it occurs in the text (1 for an excerpt). */
  count: z.number(),
});

/** The speech as the site receives it (src/generated/speech.json). */
export const speech = z.object({
  /** Paragraphs in reading order. */
  paragraphs: z.array(speechParagraph),
  /** Flaws of the published text, reproduced as they are and listed on /speech/. */
  defects: z.array(speechDefect),
});

export type Speech = z.output<typeof speech>;
export type SpeechSentence = z.output<typeof speechSentence>;
export type SpeechDefect = z.output<typeof speechDefect>;
