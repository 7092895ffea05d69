// Finds a dataset quote in the folded speech, or the passage the editor most likely meant.
import { foldSpace } from './fold.ts';

export interface QuoteMatch {
  /** Offsets in the folded speech, end exclusive. */
  start: number;
  end: number;
  /** How many times the quote occurs (it must be exactly once). */
  count: number;
}

/** Locates the folded quote in the folded speech; null when absent. */
export function locateQuote(folded: string, quote: string): QuoteMatch | null {
  const needle = foldSpace(quote);
  if (needle === '') return null;
  const start = folded.indexOf(needle);
  if (start < 0) return null;
  let count = 0;
  for (let at = start; at >= 0; at = folded.indexOf(needle, at + 1)) count += 1;
  return { start, end: start + needle.length, count };
}

const word = (token: string): string => token.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The window of the speech, as many words long as the quote, that shares the most words with it. */
export function closestPassage(folded: string, quote: string): string {
  const words = [...folded.matchAll(/\S+/gu)].map((m) => ({ key: word(m[0]), start: m.index, end: m.index + m[0].length }));
  const wanted = foldSpace(quote).split(' ').map(word).filter((w) => w !== '');
  const size = Math.max(1, Math.min(wanted.length, words.length));
  let best = 0;
  let bestScore = -1;
  for (let k = 0; k + size <= words.length; k += 1) {
    const bag = new Map<string, number>();
    for (const w of wanted) bag.set(w, (bag.get(w) ?? 0) + 1);
    let score = 0;
    for (let j = k; j < k + size; j += 1) {
      const key = words[j]?.key ?? '';
      const left = bag.get(key) ?? 0;
      if (left > 0) {
        score += 1;
        bag.set(key, left - 1);
      }
    }
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  }
  const first = words[best];
  const last = words[best + size - 1];
  return first === undefined || last === undefined ? '' : folded.slice(first.start, last.end);
}

/** A hint that shows the closest passage and, when they share a beginning, where the quote departs from it. */
export function quoteHint(folded: string, quote: string): string {
  const passage = closestPassage(folded, quote);
  const needle = foldSpace(quote);
  let same = 0;
  while (same < needle.length && needle[same] === passage[same]) same += 1;
  const departs =
    same > 0 && same < needle.length
      ? ` They part after "${needle.slice(Math.max(0, same - 20), same)}": the quote has "${needle.slice(same, same + 15)}", the speech "${passage.slice(same, same + 15)}".`
      : '';
  return `Closest passage in the speech: "${passage}".${departs} Copy the words exactly; only white space may differ.`;
}
