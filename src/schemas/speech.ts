import { z } from 'zod';

/** One sentence of the speech with the dataset rows that quote it. */
export const speechSentence = z.object({
  /** Anchor `p{n}s{m}`, stable across builds while the text is unchanged. */
  id: z.string(),
  /** The sentence with white space folded to single spaces. */
  text: z.string(),
  /** Ids of claims whose quote overlaps the sentence. */
  claims: z.array(z.string()),
  /** Ids of instructions whose quote overlaps it. */
  instructions: z.array(z.string()),
  /** Ids of projects whose quote overlaps it. */
  projects: z.array(z.string()),
});

/** A paragraph: one non-empty line of the source text. */
export const speechParagraph = z.object({
  /** Anchor `p{n}`, numbered from 1 over every non-empty line. */
  id: z.string(),
  /** `title`, `repeat` (a verbatim repeat of an earlier line: hide it), `body` or `byline`. */
  role: z.enum(['title', 'repeat', 'body', 'byline']),
  /** Its sentences in order. */
  sentences: z.array(speechSentence),
});

/** The speech as the site receives it (src/generated/speech.json). */
export const speech = z.object({
  /** Paragraphs in reading order. */
  paragraphs: z.array(speechParagraph),
});

export type Speech = z.output<typeof speech>;
export type SpeechParagraph = z.output<typeof speechParagraph>;
export type SpeechSentence = z.output<typeof speechSentence>;
