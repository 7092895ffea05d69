// Finds the quotations typed into chapter prose and checks each against the speech, so inline quotes stay verbatim.

/** Folds what may differ between a quote and the speech: white space, curly or straight quote marks. */
export function foldQuote(s: string): string {
  return s
    .replace(/[“”„"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** A quotation found in a chapter, with the offset in the file where it starts. */
export interface FoundQuote {
  text: string;
  offset: number;
}

const tidy = (q: string): string => q.replace(/\s+/g, ' ').trim().replace(/^[,.;:]+|[,.;:]+$/g, '').trim();

/** Quotations in the prose of an MDX chapter: each Markdown blockquote whole, and "…" in other text; split at "[…]". */
export function inlineQuotesAt(mdx: string): FoundQuote[] {
  // Frontmatter and component tags are blanked with characters of the same length, so offsets stay the file's.
  const fm = /^---\n[\s\S]*?\n---\n/.exec(mdx)?.[0] ?? '';
  const body = fm.replace(/[^\n]/g, ' ') + mdx
    .slice(fm.length)
    // Comments are the editor's notes, not prose: blanked like the tags.
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/<\/?[A-Z][^>]*>/g, (tag) => '\u0000'.repeat(tag.length));
  const found: FoundQuote[] = [];
  const push = (text: string, offset: number): void => {
    let from = offset;
    for (const part of text.split('[…]')) {
      const t = tidy(part);
      if (t !== '' && !t.includes('\u0000')) found.push({ text: t, offset: from });
      from += part.length + 3;
    }
  };
  for (const block of body.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    const start = block.index;
    if (/^\s*>/.test(block[0])) {
      // A blockquote is a quote as a whole; it may hold the speech's own quotation marks, so it is not paired.
      push(block[0].replace(/^\s*> ?/gm, '').replace(/\s+/g, ' ').trim().replace(/^["“]|["”]$/g, ''), start + block[0].indexOf('>'));
      continue;
    }
    for (const m of block[0].matchAll(/[“"]([^”"]*)[”"]/g)) push(m[1] ?? '', start + m.index);
  }
  return found;
}

/** The quotations' texts (see inlineQuotesAt). */
export const inlineQuotes = (mdx: string): string[] => inlineQuotesAt(mdx).map((q) => q.text);

const words = (s: string): string[] => foldQuote(s).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The sentence of the speech that shares the most words with a quotation, to show the editor what was likely meant. */
export function closestSentence(quote: string, sentences: readonly string[]): string {
  const wanted = new Set(words(quote));
  let best = '';
  let score = -1;
  for (const s of sentences) {
    const shared = new Set(words(s).filter((w) => wanted.has(w))).size;
    if (shared > score) [best, score] = [s, shared];
  }
  return best;
}

let lastSpeech: [speech: string, folded: string] | undefined;

/** The quotes not found in the speech; a capital or small first letter may differ, the way a quote starts a sentence. */
export function notInSpeech(quotes: readonly string[], speech: string, allowed: readonly string[] = []): string[] {
  // Every chapter is checked against the same speech: it is folded once, not once per chapter.
  if (lastSpeech?.[0] !== speech) lastSpeech = [speech, foldQuote(speech)];
  const text = lastSpeech[1];
  return quotes.filter((q) => {
    const f = foldQuote(q);
    if (allowed.includes(f)) return false;
    const variants = [f, f.charAt(0).toUpperCase() + f.slice(1), f.charAt(0).toLowerCase() + f.slice(1)];
    return !variants.some((v) => text.includes(v));
  });
}
