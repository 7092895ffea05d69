// Shares as progress bars: percentages of 100, or claims out of a `total` claim.
import type { GraphicEntry } from '../../schemas/graphic.ts';
import { formatNumber } from '../../charts/format.ts';
import { claimById, claimsOf } from '../lookup.ts';
import { claimTable, sentenceCase } from '../claim-table.ts';
import type { GraphicDatasets } from '../types.ts';
import type { Spec, SpecContext } from './spec.ts';

export function partOfWholeSpec(entry: Extract<GraphicEntry, { type: 'part-of-whole' }>, datasets: GraphicDatasets, ctx: SpecContext): Spec {
  const claims = claimsOf(entry, datasets);
  const totalId = entry.options.total;
  const total = totalId === undefined ? undefined : claimById(datasets, totalId, entry.id);
  const parts = claims.filter((c) => c.id !== totalId);
  const label = (id: string, measure: string): string => entry.options.labels?.[id] ?? sentenceCase(measure);
  const data = parts.map((c) => {
    if (total === undefined && c.unit !== 'percent') throw new Error(`Graphic "${entry.id}": claim "${c.id}" is in ${c.unit}, not percent; give options.total (the claim that is the whole).`);
    return total === undefined
      ? { key: c.id, label: label(c.id, c.measure), value: c.value }
      : { key: c.id, label: label(c.id, c.measure), value: c.value, total: total.value, valueLabel: `${formatNumber(c.value)} of ${formatNumber(total.value)}` };
  });
  const shown = [...parts, ...(total === undefined ? [] : [total])];
  return {
    chart: { type: 'part-of-whole', data, options: { id: ctx.svgId, width: ctx.width, title: entry.title } },
    table: claimTable(shown.map((claim) => ({ claim, label: label(claim.id, claim.measure) }))),
    description: `Part-of-whole chart. ${data.map((d) => `${d.valueLabel ?? `${formatNumber(d.value)}%`} ${d.label}`).join('; ')}.`,
    sentences: shown.map((c) => c.sentences),
  };
}
