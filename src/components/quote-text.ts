// Marks where a quoted excerpt starts or stops inside a sentence, so a clipped quote shows its cuts.

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();
// Quotation marks, dashes and stray punctuation that open or close a sentence of the speech.
const EDGE = /^[\s"“”'‘’«»(\-–—,.]+|[\s"“”'‘’«»)\-–—,.;:!?]+$/g;

/** The quote with "…" where it begins after the start of its first sentence or ends before the end of its last. */
export function excerpt(quote: string, first: string, last: string = first): string {
  const q = fold(quote).replace(EDGE, '');
  const start = fold(first).replace(EDGE, '');
  const end = fold(last).replace(EDGE, '');
  const lead = start.startsWith(q.slice(0, Math.min(q.length, start.length, 24))) ? '' : '…';
  const tail = end.endsWith(q.slice(-Math.min(q.length, end.length, 24))) ? '' : '…';
  return `${lead}${q}${tail}`;
}
