// Whether a figure is the speech's own number or one this project counted from its words: one wording everywhere.
import type { Claim } from '../schemas/claim.ts';
import { formatValue } from '../core/format.ts';

type Based = Pick<Claim, 'basis' | 'note'>;

/** The short mark shown beside a derived figure; null for a stated one (stated is the norm). */
export const basisMark = (c: Pick<Claim, 'basis'>): string | null => (c.basis === 'derived' ? 'our count' : null);

/** "Stated in the speech" or "Counted by us from the speech's words: <how>". */
export function basisText(c: Based): string {
  if (c.basis === 'stated') return 'Stated in the speech';
  return `Counted by us from the speech's words${c.note === null ? '' : `: ${c.note}`}`;
}

/** A figure as a reader sees it with its basis: "2 (our count)", "100,000 hectares". */
export function withBasisMark(text: string, c: Pick<Claim, 'basis'>): string {
  const mark = basisMark(c);
  return mark === null ? text : `${text} (${mark})`;
}

/** The line under a chart, map or file naming the figures in it that we counted; null when every figure is stated. */
export function countedNote(claims: ReadonlyArray<Pick<Claim, 'id' | 'basis' | 'value' | 'unit' | 'qualifier' | 'measure'>>): string | null {
  const derived = claims.filter((c, i) => c.basis === 'derived' && claims.findIndex((d) => d.id === c.id) === i);
  if (derived.length === 0) return null;
  return `Counted by us from the speech's words, not given as numbers in it: ${derived.map((c) => `${formatValue(c)} (${c.measure})`).join('; ')}.`;
}
