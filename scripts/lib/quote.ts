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

/**
 * The passage of the speech the quote most likely comes from: the window of as many words as the
 * quote that shares the most words with it, widened to whole sentences (at most 300 characters each way).
 */
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
  let start = words[best]?.start ?? 0;
  let end = words[best + size - 1]?.end ?? 0;
  const floor = Math.max(0, start - 300);
  while (start > floor && !/[.!?]["”]? $/u.test(folded.slice(start - 3, start))) start -= 1;
  const ceiling = Math.min(folded.length, end + 300);
  while (end < ceiling && !/[.!?]$/u.test(folded.slice(0, end))) end += 1;
  return folded.slice(start, end);
}

/** A hint that shows the closest passage and, when the quote's opening words are in it, where the quote departs from it. */
export function quoteHint(folded: string, quote: string): string {
  const passage = closestPassage(folded, quote);
  const needle = foldSpace(quote);
  // Align the quote where its first word starts the longest common run in the passage.
  const first = needle.split(' ')[0] ?? '';
  let from = -1;
  let same = 0;
  for (let at = passage.indexOf(first); first !== '' && at >= 0; at = passage.indexOf(first, at + 1)) {
    let run = 0;
    while (run < needle.length && needle[run] === passage[at + run]) run += 1;
    if (run > same) [from, same] = [at, run];
  }
  const departs =
    from >= 0 && same < needle.length
      ? ` They part after "${needle.slice(Math.max(0, same - 20), same)}": the quote has "${needle.slice(same, same + 15)}", the speech "${passage.slice(from + same, from + same + 15)}".`
      : '';
  return `Closest passage in the speech: "${passage}".${departs} Copy the words exactly; only white space may differ.`;
}
