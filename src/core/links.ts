// Links into the site that several layers build: the one place a sentence of the speech is addressed.

/** "/speech/#p4s2" for sentence "p4s2"; the id is encoded, so no id can break out of the fragment. */
export const sentenceHref = (id: string): string => `/speech/#${encodeURIComponent(id)}`;

/** Where a figure, quote or deadline links: the first sentence of the speech its quote overlaps. */
export function firstSentenceHref(sentences: readonly string[], what: string): string {
  const first = sentences[0];
  if (!first) throw new Error(`${what} has no sentence in the speech: its quote was not found (run \`npm run data\` to see why).`);
  return sentenceHref(first);
}
