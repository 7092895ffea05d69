// A bar chart of claims that share one unit.
import type { GraphicEntry } from '../../schemas/graphic.ts';
import { claimById, claimsOf } from '../lookup.ts';
import { claimFigure, claimTable, sentenceCase } from '../claim-table.ts';
import type { GraphicDatasets } from '../types.ts';
import type { Spec, SpecContext } from './spec.ts';

export function barSpec(entry: Extract<GraphicEntry, { type: 'bar' }>, datasets: GraphicDatasets, ctx: SpecContext): Spec {
  const claims = claimsOf(entry, datasets);
  const units = new Set(claims.map((c) => c.unit));
  if (units.size > 1) throw new Error(`Graphic "${entry.id}": a bar chart compares one unit, but its claims mix ${[...units].join(', ')}.`);
  const label = (id: string): string => entry.options.labels?.[id] ?? sentenceCase(claimById(datasets, id, entry.id).measure);
  const rows = claims.map((claim) => ({ claim, label: label(claim.id) }));
  return {
    chart: {
      type: 'bar',
      data: rows.map(({ claim, label: l }) => ({ key: claim.id, label: l, value: claim.value, valueLabel: claimFigure(claim) })),
      options: { id: ctx.svgId, width: ctx.width, title: entry.title },
    },
    table: claimTable(rows),
    description: `Bar chart. ${rows.map(({ claim, label: l }) => `${l}: ${claimFigure(claim)}`).join('; ')}.`,
    sentences: claims.map((c) => c.sentences),
  };
}
