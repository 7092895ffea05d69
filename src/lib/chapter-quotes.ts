// Finds the quotations typed into chapter prose and checks each against the speech, so inline quotes stay verbatim.

/** Folds what may differ between a quote and the speech: white space, curly or straight quote marks. */
export function foldQuote(s: string): string {
  return s
    .replace(/[“”„"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Quotations in the prose of an MDX chapter: each Markdown blockquote whole, and "…" in other text; split at "[…]". */
export function inlineQuotes(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<\/?[A-Z][^>]*>/g, '\u0000');
  const blocks = body.split(/\n\s*\n/);
  const found: string[] = [];
  for (const block of blocks) {
    if (/^>/.test(block.trim())) {
      // A blockquote is a quote as a whole; it may hold the speech's own quotation marks, so it is not paired.
      found.push(block.replace(/^\s*> ?/gm, '').replace(/\s+/g, ' ').trim().replace(/^["“]|["”]$/g, ''));
      continue;
    }
    for (const [, inner] of block.replace(/\s+/g, ' ').matchAll(/[“"]([^”"]*)[”"]/g)) found.push(inner ?? '');
  }
  return found
    .flatMap((q) => q.split('[…]'))
    .map((q) => q.trim().replace(/^[,.;:]+|[,.;:]+$/g, '').trim())
    .filter((q) => q !== '' && !q.includes('\u0000'));
}

/** The quotes not found in the speech; a capital or small first letter may differ, the way a quote starts a sentence. */
export function notInSpeech(quotes: readonly string[], speech: string, allowed: readonly string[] = []): string[] {
  const text = foldQuote(speech);
  return quotes.filter((q) => {
    const f = foldQuote(q);
    if (allowed.includes(f)) return false;
    const variants = [f, f.charAt(0).toUpperCase() + f.slice(1), f.charAt(0).toLowerCase() + f.slice(1)];
    return !variants.some((v) => text.includes(v));
  });
}
