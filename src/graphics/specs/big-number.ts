// One claim as a card with its quote.
import type { GraphicEntry } from '../../schemas/graphic.ts';
import { claimsOf } from '../lookup.ts';
import { claimFigure, claimTable, sentenceCase } from '../claim-table.ts';
import type { GraphicDatasets } from '../types.ts';
import type { Spec, SpecContext } from './spec.ts';

export function bigNumberSpec(entry: Extract<GraphicEntry, { type: 'big-number' }>, datasets: GraphicDatasets, ctx: SpecContext): Spec {
  const [claim, ...extra] = claimsOf(entry, datasets);
  if (claim === undefined || extra.length > 0) throw new Error(`Graphic "${entry.id}": a big number shows exactly one claim; it lists ${entry.claims.length}.`);
  const measure = entry.options.label ?? sentenceCase(claim.measure);
  return {
    chart: {
      type: 'big-number',
      data: { key: claim.id, value: claim.value, unit: claim.unit, qualifier: claim.qualifier, measure, quote: claim.quote },
      options: { id: ctx.svgId, width: ctx.width, title: entry.title },
    },
    table: claimTable([{ claim, label: measure }]),
    description: `${claimFigure(claim)}: ${measure}. The speech: “${claim.quote}”`,
    sentences: [claim.sentences],
  };
}
