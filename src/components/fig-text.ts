// The words a <Fig> prints for a claim: its formatted value, its measure, or both.
import { formatValue } from '../core/format.ts';
import type { Claim } from '../schemas/claim.ts';

export type FigShow = 'value' | 'measure' | 'both';

type ClaimFigure = Pick<Claim, 'value' | 'unit' | 'qualifier' | 'measure'>;

/** "100,000 hectares", "unused land identified in the region", or "100,000 hectares (unused land …)". */
export function figText(claim: ClaimFigure, show: FigShow = 'value'): string {
  const value = formatValue(claim);
  if (show === 'measure') return claim.measure;
  if (show === 'both') return `${value} (${claim.measure})`;
  return value;
}

/** Where a figure links: the first sentence of the speech its quote overlaps. */
export function sentenceHref(sentences: readonly string[], what: string): string {
  const first = sentences[0];
  if (!first) throw new Error(`${what} has no sentence in the speech: its quote was not found (run \`npm run data\` to see why).`);
  return `/speech/#${first}`;
}
