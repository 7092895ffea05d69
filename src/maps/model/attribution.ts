// The credit lines every map shows, one per source and licence, from data/inputs.json (plus the
// world-atlas country outlines, which are Natural Earth like the lakes and rivers).
import type { Input } from '../../schemas/input.ts';

export interface Credit {
  attribution: string;
  licence: string;
}

/** world-atlas (npm) is not a mirrored input: its countries are Natural Earth, public domain. */
export const WORLD_ATLAS_CREDIT: Credit = { attribution: 'Natural Earth', licence: 'Public domain' };

/** Distinct credits of the geodata inputs, in manifest order. */
export function mapCredits(inputs: readonly Input[]): Credit[] {
  const credits: Credit[] = [];
  for (const c of [...inputs.filter((i) => i.kind !== 'speech'), WORLD_ATLAS_CREDIT]) {
    if (!credits.some((x) => x.attribution === c.attribution && x.licence === c.licence)) credits.push({ attribution: c.attribution, licence: c.licence });
  }
  return credits;
}

/** "© OpenStreetMap contributors, geoBoundaries (ODbL 1.0)" */
export const creditText = (c: Credit): string => `${c.attribution} (${c.licence})`;
