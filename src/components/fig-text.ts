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

