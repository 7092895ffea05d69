// Claims as big-number cards, one under another, each with its quote.
import type { GraphicEntry } from '../../schemas/graphic.ts';
import { claimsOf } from '../lookup.ts';
import { claimFigure, claimTable, sentenceCase } from '../claim-table.ts';
import type { GraphicDatasets } from '../types.ts';
import type { Spec, SpecContext } from './spec.ts';

export function bigNumberSpec(entry: Extract<GraphicEntry, { type: 'big-number' }>, datasets: GraphicDatasets, ctx: SpecContext): Spec {
  const claims = claimsOf(entry, datasets);
  if (claims.length === 0) throw new Error(`Graphic "${entry.id}": a big number needs at least one claim.`);
  const rows = claims.map((claim) => ({ claim, label: entry.options.labels?.[claim.id] ?? sentenceCase(claim.measure) }));
  return {
    chart: {
      type: 'big-number',
      data: rows.map(({ claim, label }) => ({ key: claim.id, value: claim.value, valueLabel: claimFigure(claim), measure: label, quote: claim.quote })),
      options: { id: ctx.svgId, width: ctx.width, title: entry.title },
    },
    table: claimTable(rows),
    description: rows.map(({ claim, label }) => `${claimFigure(claim)}: ${label}. The speech: “${claim.quote}”`).join(' '),
    sentences: claims.map((c) => c.sentences),
  };
}
