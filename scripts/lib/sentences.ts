// Ties a dataset quote to the speech: it must occur exactly once, and it covers the sentences it overlaps.
import type { Problem } from './builder.ts';
import { locateQuote, quoteHint } from './quote.ts';
import type { Segmented } from './segment.ts';

/** Sentence ids of the speech that overlap [start, end) of the folded text. */
export function sentencesBetween(speech: Segmented, start: number, end: number): string[] {
  return speech.paragraphs.flatMap((p) => p.sentences.filter((s) => s.start < end && s.end > start).map((s) => s.id));
}

/**
 * The sentences a quote covers, or a problem when it is not in the speech (with the closest passage)
 * or occurs more than once. With no speech (it failed to load) nothing is checked: that failure is reported already.
 */
export function quoteSentences(speech: Segmented | null, quote: string | null, at: { file: string; line: number; field: string }): { sentences: string[]; problem?: Problem } {
  if (speech === null || quote === null) return { sentences: [] };
  const match = locateQuote(speech.folded, quote);
  if (match === null) {
    return { sentences: [], problem: { ...at, received: quote, expected: 'an exact excerpt of the speech (only white space may differ)', hint: quoteHint(speech.folded, quote) } };
  }
  const sentences = sentencesBetween(speech, match.start, match.end);
  if (match.count > 1) {
    return { sentences, problem: { ...at, received: quote, expected: 'a quote found in one place of the speech',
      hint: `It occurs ${match.count} times: add neighbouring words so it points to one passage.` } };
  }
  return { sentences };
}
